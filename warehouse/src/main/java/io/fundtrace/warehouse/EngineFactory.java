package io.fundtrace.warehouse;

/**
 * Opens an engine by name. The Spark implementation is found through {@link java.util.ServiceLoader}
 * only when asked for, so the DuckDB path never loads a Spark class.
 */
public interface EngineFactory {
    String name();

    Engine open(EngineSettings settings);

    /** Whether the location holds a warehouse folder (a reader must not make an empty one at a mistyped URI). */
    boolean exists(String location);
}
