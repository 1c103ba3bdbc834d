package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.WriterMemory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;

/**
 * The resource limits of a gated session, from warehouse/gate/limits.properties: the longest query
 * text, the seconds a query may take from text to last row, and DuckDB's memory, threads and
 * spill-to-disk caps, set on the session before anything else runs in it.
 */
record GateLimits(int statementMaxCharacters, int timeLimitSeconds, String memoryLimit, int threads,
                  String maxTempDirectorySize) {
    static final String RESOURCE = "warehouse/gate/limits.properties";

    GateLimits {
        if (statementMaxCharacters < 1 || timeLimitSeconds < 1 || threads < 1) {
            throw new WarehouseException(RESOURCE + ": statement_max_characters, time_limit_seconds and threads must be at least 1");
        }
        if (!WriterMemory.isSize(memoryLimit) || !(maxTempDirectorySize.equals("0") || WriterMemory.isSize(maxTempDirectorySize))) {
            throw new WarehouseException(RESOURCE + ": memory_limit and max_temp_directory_size are sizes such as 2GB (or 0: no spilling)");
        }
    }

    static GateLimits load() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(SqlResource.read(RESOURCE)));
        } catch (IOException e) {
            throw new WarehouseException("cannot read " + RESOURCE, e);
        }
        try {
            return new GateLimits(Integer.parseInt(value(properties, "statement_max_characters")),
                    Integer.parseInt(value(properties, "time_limit_seconds")), value(properties, "memory_limit"),
                    Integer.parseInt(value(properties, "threads")), value(properties, "max_temp_directory_size"));
        } catch (NumberFormatException e) {
            throw new WarehouseException(RESOURCE + ": a count that is not a whole number: " + e.getMessage(), e);
        }
    }

    private static String value(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new WarehouseException(RESOURCE + ": " + name + " is missing");
        }
        return value.strip();
    }

    GateLimits withTimeLimitSeconds(int seconds) {
        return new GateLimits(statementMaxCharacters, seconds, memoryLimit, threads, maxTempDirectorySize);
    }

    GateLimits withMemoryLimit(String limit) {
        return new GateLimits(statementMaxCharacters, timeLimitSeconds, limit, threads, maxTempDirectorySize);
    }

    /** The DuckDB settings, in the order the session runs them (before its configuration is locked). */
    List<String> settings() {
        String spill = maxTempDirectorySize.equals("0") ? "SET temp_directory = ''"
                : "SET max_temp_directory_size = '" + maxTempDirectorySize + "'";
        return List.of("SET memory_limit = '" + memoryLimit + "'", "SET threads = " + threads, spill);
    }
}
