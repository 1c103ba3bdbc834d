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

    /** Where the reading stands, as in CsvScanner: a quote opens a field only at its start; inside a value it is text. */
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    static void rewrite(Path source, Path target, int width, List<RaggedRecord> ragged) throws IOException {
        Set<Long> records = ragged.stream().map(RaggedRecord::record).collect(Collectors.toSet());
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            StringBuilder current = new StringBuilder();
            List<Integer> commas = new ArrayList<>();
            long record = 0;
            State state = State.FIELD_START;
            for (int c = in.read(); c >= 0; c = in.read()) {
                char character = (char) c;
                if (character == '\uFEFF' && record == 0 && current.isEmpty()) {
                    // the byte order mark, which the scanner skips: no part of the header's first field
                    out.write(character);
                    continue;
                }
                if (state != State.QUOTED && (character == '\n' || character == '\r')) {
                    if (!current.isEmpty()) {
                        // a line with nothing on it (or the LF of a CRLF) is no record, as for the scanner
                        out.write(records.contains(record) ? widened(current, commas, width) : current.toString());
                        record++;
                        current.setLength(0);
                        commas.clear();
                    }
                    state = State.FIELD_START;
                    out.write(character);
                    continue;
                }
                state = switch (state) {
                    case FIELD_START -> character == '"' ? State.QUOTED : character == ',' ? State.FIELD_START : State.UNQUOTED;
                    case UNQUOTED -> character == ',' ? State.FIELD_START : State.UNQUOTED;
                    case QUOTED -> character == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                    // a doubled quote is one quote inside the field; text after a closing quote the scanner refused
                    case QUOTE_IN_QUOTED -> character == '"' ? State.QUOTED : character == ',' ? State.FIELD_START : State.UNQUOTED;
                };
                if (character == ',' && state == State.FIELD_START) {
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
