package io.fundtrace.ingest;

import io.fundtrace.warehouse.RecordLines;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a decoded CSV once, as the engines read it (comma, double quote, a quote inside a quoted field
 * doubled, blank lines skipped), so that what they would fail on, or silently read otherwise (a quote
 * never closed swallows the rest of the file), is refused first with the line a clerk sees in an editor:
 * lines are counted as an editor counts them (LF, CRLF or a lone CR ends one; the header is line 1; blank
 * lines and the lines inside quoted fields count). Fed in chunks as the file is decoded; with a writer it
 * also writes the text with every line end outside quoted fields as LF, so that a hand-edited file of
 * mixed line ends reads the same on both engines.
 */
final class CsvScanner {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final long maxRecordBytes;
    private final Writer out;
    private final RecordLines.Builder lines = new RecordLines.Builder();
    private final List<String> header = new ArrayList<>();
    private final StringBuilder headerField = new StringBuilder();
    private final List<RaggedRecord> ragged = new ArrayList<>();

    private State state = State.FIELD_START;
    private boolean atStart = true;
    private long line = 1;
    private long recordLine = 1;
    private long record;
    private int fields;
    private int headerFields = -1;
    private boolean recordEmpty = true;
    private boolean onlyWhiteSpace = true;
    private long recordBytes;
    private long quoteLine;
    private boolean lineEndCr;
    private boolean quotedCr;
    private boolean sawLf;
    private boolean sawCrLf;
    private boolean sawCr;
    private boolean sawQuotedCr;
    private boolean controlCharacters;
    private String fault;

    /** out: where to write the text with uniform line ends, or null to only read. */
    CsvScanner(long maxRecordBytes, Writer out) {
        this.maxRecordBytes = maxRecordBytes;
        this.out = out;
    }

    void accept(char[] buffer, int length) throws IOException {
        int written = 0;
        for (int i = 0; i < length && fault == null; i++) {
            char c = buffer[i];
            if (lineEndCr) {
                lineEndCr = false;
                if (c == '\n') {
                    // the LF of a CRLF whose CR ended the line (and was written as LF)
                    sawCrLf = true;
                    if (out != null) {
                        out.write(buffer, written, i - written);
                        written = i + 1;
                    }
                    continue;
                }
                sawCr = true;
            }
            if (atStart) {
                atStart = false;
                if (c == '\uFEFF') {
                    if (out != null) {
                        written = i + 1;
                    }
                    continue;
                }
            }
            if ((c == '\n' || c == '\r') && state != State.QUOTED) {
                written = lineEnd(c, buffer, i, written);
                continue;
            }
            int end = state == State.QUOTED ? quotedRun(buffer, i, length)
                    : state != State.QUOTE_IN_QUOTED && record > 0 ? plainRun(buffer, i, length) : i;
            if (end > i) {
                i = end - 1;
                continue;
            }
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                        quoteLine = line;
                        onlyWhiteSpace = false;
                        count(c);
                    } else if (c == ',') {
                        endField();
                        count(c);
                    } else {
                        state = State.UNQUOTED;
                        value(c);
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        endField();
                        count(c);
                        state = State.FIELD_START;
                    } else {
                        value(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                        count(c);
                    } else {
                        if (c == '\r' || c == '\n' && !quotedCr) {
                            line++;
                        }
                        if (c == '\r') {
                            sawQuotedCr = true;
                        }
                        if (out != null && (c == '\r' || c == '\n' && quotedCr)) {
                            // a line break inside a value is written as LF, a CRLF's and a lone CR's alike: Spark's
                            // reader gives it so whatever the file holds, and both engines must read the same text
                            out.write(buffer, written, i - written);
                            if (c == '\r') {
                                out.write('\n');
                            }
                            written = i + 1;
                        }
                        quotedCr = c == '\r';
                        value(c);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTED;
                        quotedCr = false;
                        value(c);
                    } else if (c == ',') {
                        endField();
                        count(c);
                        state = State.FIELD_START;
                    } else {
                        fault = "line " + line + " has text after the closing quote of a field; expected a comma or the end of the line"
                                + " (a quote inside a quoted field is written twice: \"\")";
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        if (out != null && written < length) {
            out.write(buffer, written, length - written);
        }
    }

    /**
     * Most of a file, in one tight loop instead of a state step per character: from start on, the
     * unquoted fields of a data record and the commas between them, up to a line end, a quote that opens
     * a field or a control character; returns where that run ends.
     */
    private int plainRun(char[] buffer, int start, int length) {
        boolean fieldStart = state == State.FIELD_START;
        boolean white = onlyWhiteSpace;
        int count = fields;
        long bytes = 0;
        int i = start;
        for (; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c == ',') {
                    count++;
                    fieldStart = true;
                } else if (c < 0x20 || c == 0x7F || c == '"' && fieldStart) {
                    break;
                } else {
                    fieldStart = false;
                    white &= c == ' ';
                }
                bytes++;
            } else if (c <= 0x9F) {
                break;
            } else {
                fieldStart = false;
                white = false;
                bytes += c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
        }
        if (i > start) {
            state = fieldStart ? State.FIELD_START : State.UNQUOTED;
            fields = count;
            onlyWhiteSpace = white;
            took(bytes);
        }
        return i;
    }

    /** The same inside a quoted field: up to its closing quote, a line break or a control character. */
    private int quotedRun(char[] buffer, int start, int length) {
        long bytes = 0;
        int i = start;
        for (; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F || c == '"') {
                    break;
                }
                bytes++;
            } else if (c <= 0x9F) {
                break;
            } else {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
        }
        if (i > start) {
            if (record == 0) {
                headerField.append(buffer, start, i - start);
            }
            quotedCr = false;
            took(bytes);
        }
        return i;
    }

    private void took(long bytes) {
        recordEmpty = false;
        recordBytes += bytes;
        checkRecordSize();
    }

    /** A line end outside quoted fields; a CR is written as LF (and the LF of a CRLF dropped, above). */
    private int lineEnd(char c, char[] buffer, int i, int written) throws IOException {
        int next = written;
        if (c == '\r') {
            lineEndCr = true;
            if (out != null) {
                out.write(buffer, written, i - written);
                out.write('\n');
                next = i + 1;
            }
        } else {
            sawLf = true;
        }
        endLine(false);
        return next;
    }

    /** The layout of the whole text, once every chunk was accepted. */
    CsvLayout finish() {
        if (lineEndCr) {
            sawCr = true;
        }
        if (fault == null) {
            if (state == State.QUOTED) {
                fault = "line " + quoteLine + " opens a quoted field that is never closed (an unbalanced quote)";
            } else if (!(state == State.FIELD_START && fields == 0 && recordEmpty)) {
                endLine(true);
            }
        }
        if (fault == null && headerFields < 0) {
            fault = "the file is empty; expected a header row";
        }
        return new CsvLayout(header, Math.max(record - 1, 0), lines.build(), controlCharacters, sawCr || sawLf && sawCrLf || sawQuotedCr, ragged,
                Optional.ofNullable(fault));
    }

    /** A character of a value: the record's size, control characters, white space, the header's text. */
    private void value(char c) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            controlCharacters = true;
        }
        if (c != ' ' && c != '\t') {
            onlyWhiteSpace = false;
        }
        if (record == 0) {
            headerField.append(c);
        }
        count(c);
    }

    /** Adds a character's UTF-8 bytes to the record's size. */
    private void count(char c) {
        recordEmpty = false;
        recordBytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        checkRecordSize();
    }

    private void checkRecordSize() {
        if (recordBytes > maxRecordBytes && fault == null) {
            fault = "line " + recordLine + " starts a record of more than " + maxRecordBytes + " bytes"
                    + (state == State.QUOTED ? " (a quoted field opened on line " + quoteLine + " may never be closed)"
                    : "; expected a row of the contract's columns");
        }
    }

    private void endField() {
        fields++;
        if (record == 0) {
            header.add(headerField.toString());
            headerField.setLength(0);
        }
    }

    /** A line end outside quoted fields (or the end of the text): ends the record, or skips a blank line. */
    private void endLine(boolean endOfText) {
        if (state == State.FIELD_START && fields == 0 && recordEmpty) {
            if (record == 0) {
                fault = "line 1 is empty; expected the header row on line 1";
            }
            line++;
            recordLine = line;
            return;
        }
        endField();
        if (record == 0) {
            headerFields = fields;
        } else {
            if (fields != headerFields) {
                if (endOfText) {
                    // more rows may be missing than this one: the file is refused, not a row held
                    fault = "line " + recordLine + " has " + fields + " fields where the header has " + headerFields
                            + ": the file looks cut short (its last line has no line end)";
                    return;
                }
                // a row like any other, held in the quarantine (a line of only white space too: one field)
                ragged.add(new RaggedRecord(record, recordLine, fields, headerFields));
            }
            lines.record(record, recordLine);
        }
        record++;
        line++;
        recordLine = line;
        state = State.FIELD_START;
        fields = 0;
        recordEmpty = true;
        onlyWhiteSpace = true;
        recordBytes = 0;
        quotedCr = false;
    }
}
