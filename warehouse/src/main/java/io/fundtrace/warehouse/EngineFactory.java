package io.fundtrace.warehouse;

/**
 * Opens an engine by name. The Spark implementation is found through {@link java.util.ServiceLoader}
 * only when asked for, so the DuckDB path never loads a Spark class.
 */
public interface EngineFactory {
    String name();

    Engine open(EngineSettings settings);
}
