package io.fundtrace.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The DuckDB memory_limit of the warehouse's own database, from warehouse/writer.properties or, for one
 * run, the system property fundtrace.duckdb.memory_limit: a cap on what ingest and build hold, so that a
 * large drop spills to disk instead of taking the machine (the gated sessions have their own cap).
 */
public final class WriterMemory {
    static final String RESOURCE = "warehouse/writer.properties";
    static final String PROPERTY = "fundtrace.duckdb.memory_limit";
    private static final Pattern SIZE = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    /** Whether a text is a size DuckDB's memory settings take (2GB, 512 MiB); the gate's limits use it too. */
    public static boolean isSize(String text) {
        return SIZE.matcher(text).matches();
    }

    private WriterMemory() {
    }

    /** The SET statement for the warehouse's database. */
    static String setting() {
        String limit = System.getProperty(PROPERTY);
        String where = "-D" + PROPERTY;
        if (limit == null) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(SqlResource.read(RESOURCE)));
            } catch (IOException e) {
                throw new WarehouseException("cannot read " + RESOURCE, e);
            }
            limit = properties.getProperty("memory_limit", "");
            where = RESOURCE;
        }
        if (!isSize(limit.strip())) {
            throw new WarehouseException(where + ": memory_limit is a size such as 3GB, not '" + limit.strip() + "'");
        }
        return "SET memory_limit = '" + limit.strip() + "'";
    }
}
