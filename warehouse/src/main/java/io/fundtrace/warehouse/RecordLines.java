package io.fundtrace.warehouse;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The line of a file on which each of its records starts, as an editor shows it (the header on line 1).
 * Record n (1 for the first after the header) starts on line n + 1 plus the lines before it that held no
 * record of their own: blank lines and the further lines of quoted fields that span lines (in a workbook,
 * the sheet's empty rows). That count only grows, so only the records where it grows are kept: a file
 * with none of them costs nothing. Serializable: Spark ships it to the tasks that number the records.
 */
public final class RecordLines implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Record n on line n + 1: no blank line, no field spanning lines. */
    public static final RecordLines CONSECUTIVE = new RecordLines(new long[0], new long[0]);

    private final long[] firstRecords;
    private final long[] extraLines;

    private RecordLines(long[] firstRecords, long[] extraLines) {
        this.firstRecords = firstRecords;
        this.extraLines = extraLines;
    }

    public boolean consecutive() {
        return firstRecords.length == 0;
    }

    /** The line record n starts on (n counted from 1 after the header). */
    public long line(long record) {
        int position = Arrays.binarySearch(firstRecords, record);
        int jump = position >= 0 ? position : -position - 2;
        return record + 1 + (jump < 0 ? 0 : extraLines[jump]);
    }

    /** How many records start a new count of extra lines. */
    public int jumps() {
        return firstRecords.length;
    }

    /** The i-th record from which the count of extra lines changes. */
    public long jumpRecord(int i) {
        return firstRecords[i];
    }

    /** The extra lines before records from jumpRecord(i) on (up to the next jump). */
    public long jumpExtraLines(int i) {
        return extraLines[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordLines lines && Arrays.equals(firstRecords, lines.firstRecords)
                && Arrays.equals(extraLines, lines.extraLines);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(firstRecords) + Arrays.hashCode(extraLines);
    }

    /** Takes every record's start line in record order. */
    public static final class Builder {
        private long[] firstRecords = new long[8];
        private long[] extraLines = new long[8];
        private int size;
        private long extra;

        public void record(long record, long line) {
            long now = line - record - 1;
            if (now == extra) {
                return;
            }
            if (size == firstRecords.length) {
                firstRecords = Arrays.copyOf(firstRecords, size * 2);
                extraLines = Arrays.copyOf(extraLines, size * 2);
            }
            firstRecords[size] = record;
            extraLines[size] = now;
            size++;
            extra = now;
        }

        public RecordLines build() {
            return size == 0 ? CONSECUTIVE : new RecordLines(Arrays.copyOf(firstRecords, size), Arrays.copyOf(extraLines, size));
        }
    }
}
