package io.fundtrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The reference defaults shipped in the jar, copied out to a folder so they load like any drop. */
final class ShippedReference {
    static final List<String> FILES = List.of("regions.csv", "poverty_status.csv", "funds.csv", "scope_rules.csv", "staff.csv", "departments.csv");

    private ShippedReference() {
    }

    static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : FILES) {
            try (InputStream in = ShippedReference.class.getClassLoader().getResourceAsStream("ingest/reference/" + file)) {
                if (in == null) {
                    throw new IOException("missing shipped reference " + file);
                }
                Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }
}
