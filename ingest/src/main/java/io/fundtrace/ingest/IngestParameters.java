package io.fundtrace.ingest;

import io.fundtrace.warehouse.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

/** The ingest's parameters of parameters.properties, read once. */
record IngestParameters(LocalDate eventDateWindowStart, long maxRecordBytes) {
    private static final String RESOURCE = "ingest/parameters.properties";

    IngestParameters {
        if (maxRecordBytes > Engine.MAX_RECORD_BYTES) {
            throw new IllegalStateException(RESOURCE + ": max_record_bytes " + maxRecordBytes
                    + " is above what the engines read (" + Engine.MAX_RECORD_BYTES + ")");
        }
    }

    static IngestParameters load() {
        Properties properties = new Properties();
        try (InputStream in = IngestParameters.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return new IngestParameters(LocalDate.parse(value(properties, "event_date_window_start")),
                Long.parseLong(value(properties, "max_record_bytes")));
    }

    private static String value(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + name);
        }
        return value.strip();
    }
}
