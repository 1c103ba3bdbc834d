package io.fundtrace.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rewrites the records of a CSV that have another number of fields than its header, so that both engines
 * read every record (neither reads a ragged one the same way, if at all): a short record gets empty fields
 * at its end; in a long one, the last field of the header's width takes the rest of the record's text as it
 * stands, commas and all, quoted. Nothing of the text is lost, no line is added or removed (the scanner's
 * line numbers stay true), and every other record, blank line and line end is copied as it is.
 */
final class RaggedRecords {
    private RaggedRecords() {
    }

    static void rewrite(Path source, Path target, int width, List<RaggedRecord> ragged) throws IOException {
        Set<Long> records = ragged.stream().map(RaggedRecord::record).collect(Collectors.toSet());
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            StringBuilder current = new StringBuilder();
            List<Integer> commas = new ArrayList<>();
            long record = 0;
            boolean quoted = false;
            for (int c = in.read(); c >= 0; c = in.read()) {
                char character = (char) c;
                if (!quoted && (character == '\n' || character == '\r')) {
                    if (!current.isEmpty()) {
                        // a line with nothing on it (or the LF of a CRLF) is no record, as for the scanner
                        out.write(records.contains(record) ? widened(current, commas, width) : current.toString());
                        record++;
                        current.setLength(0);
                        commas.clear();
                    }
                    out.write(character);
                    continue;
                }
                if (character == '"') {
                    // a doubled quote inside a quoted field closes and opens again: the same state after both
                    quoted = !quoted;
                } else if (character == ',' && !quoted) {
                    commas.add(current.length());
                }
                current.append(character);
            }
            if (!current.isEmpty()) {
                out.write(records.contains(record) ? widened(current, commas, width) : current.toString());
            }
        }
    }

    /** The record with the header's width: empty fields added, or the fields past the width kept in its last field. */
    static String widened(CharSequence record, List<Integer> commas, int width) {
        int fields = commas.size() + 1;
        if (fields < width) {
            return record + ",".repeat(width - fields);
        }
        int lastStart = width >= 2 ? commas.get(width - 2) + 1 : 0;
        String rest = record.subSequence(lastStart, record.length()).toString();
        return record.subSequence(0, lastStart) + "\"" + rest.replace("\"", "\"\"") + "\"";
    }
}
