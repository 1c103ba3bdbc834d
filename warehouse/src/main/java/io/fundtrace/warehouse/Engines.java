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
        return factory(settings.engine()).open(settings);
    }

    /** Whether a warehouse of a service-loaded engine (not DuckDB, whose file a reader looks at) is at the location. */
    public static boolean exists(String engine, String location) {
        return factory(engine).exists(location);
    }

    private static EngineFactory factory(String engine) {
        for (EngineFactory factory : ServiceLoader.load(EngineFactory.class)) {
            if (factory.name().equals(engine)) {
                return factory;
            }
        }
        throw new WarehouseException("unknown engine " + engine
                + " (duckdb is built in; spark needs the fundtrace-spark module on the class path)");
    }
}
