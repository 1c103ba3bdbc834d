package io.fundtrace.warehouse;

import java.util.ServiceLoader;

/** Chooses the engine a command asked for; only a non-DuckDB name reaches the service loader. */
public final class Engines {
    private Engines() {
    }

    public static Engine open(EngineSettings settings) {
        if (DuckDbEngine.NAME.equals(settings.engine())) {
            return DuckDbEngine.open(settings.path());
        }
        for (EngineFactory factory : ServiceLoader.load(EngineFactory.class)) {
            if (factory.name().equals(settings.engine())) {
                return factory.open(settings);
            }
        }
        throw new WarehouseException("unknown engine " + settings.engine()
                + " (duckdb is built in; spark needs the fundtrace-spark module on the class path)");
    }
}
