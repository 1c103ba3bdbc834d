package io.fundtrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.actions.AddFile;
import io.delta.kernel.utils.CloseableIterator;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The data files of one version of a Delta table, read from its log on this process by Delta Kernel:
 * no Spark job. Delta Spark reads a table version by rebuilding its state with three Spark jobs, then
 * a fourth to list the files a query scans; at fundtrace's sizes those jobs, not the data, are what a
 * statement costs. With the file list the engine reads the version as plain Parquet, and a count of its
 * rows, or the largest value of a whole-number or date column, comes from the files' statistics. The
 * version's schema (its columns, and schemaJson in the Delta log's own JSON form, which Spark's
 * DataType.fromJson reads) comes from the same read.
 */
record LiveFiles(long version, List<String> paths, List<LoggedFile> logged, OptionalLong rows, boolean plainParquet, List<String> columns,
        String schemaJson, List<Optional<String>> statistics) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUM_RECORDS = Pattern.compile("\"numRecords\"\\s*:\\s*(\\d+)");
    private static final int STATS = InternalScanFileUtils.ADD_FILE_STATS_ORDINAL;
    private static final int PATH = AddFile.SCHEMA_WITH_STATS.indexOf("path");
    private static final int SIZE = AddFile.SCHEMA_WITH_STATS.indexOf("size");

    /** The largest value of a column over a version's rows: null when no row holds one. */
    record Maximum(Object value) {
    }

    /** A data file as the log names it (relative to the table, as written) and its size: what a remove action of it holds. */
    record LoggedFile(String path, long size) {
    }

    /** The files of the table at a location, at a version or (version null) the latest. */
    static LiveFiles of(Configuration hadoop, String location, Long version) {
        Engine kernel = DefaultEngine.create(hadoop);
        try {
            Table table = Table.forPath(kernel, location);
            Snapshot snapshot = version == null ? table.getLatestSnapshot(kernel) : table.getSnapshotAsOfVersion(kernel, version);
            // partitions, column mapping or deletion vectors would make the files more than the rows: read through Delta then
            boolean plain = snapshot.getPartitionColumnNames().isEmpty()
                    && "none".equals(snapshot.getTableProperties().getOrDefault("delta.columnMapping.mode", "none"));
            List<String> paths = new ArrayList<>();
            List<LoggedFile> logged = new ArrayList<>();
            List<Optional<String>> statistics = new ArrayList<>();
            long rows = 0;
            boolean counted = true;
            Scan scan = snapshot.getScanBuilder().build();
            try (CloseableIterator<FilteredColumnarBatch> batches = scan.getScanFiles(kernel, true)) {
                while (batches.hasNext()) {
                    try (CloseableIterator<Row> files = batches.next().getRows()) {
                        while (files.hasNext()) {
                            Row file = files.next();
                            paths.add(InternalScanFileUtils.getAddFileStatus(file).getPath());
                            plain &= InternalScanFileUtils.getDeletionVectorDescriptorFromRow(file) == null;
                            Row add = file.getStruct(InternalScanFileUtils.ADD_FILE_ORDINAL);
                            logged.add(new LoggedFile(add.getString(PATH), add.getLong(SIZE)));
                            statistics.add(add.isNullAt(STATS) ? Optional.empty() : Optional.of(add.getString(STATS)));
                            Matcher count = add.isNullAt(STATS) ? null : NUM_RECORDS.matcher(add.getString(STATS));
                            if (count != null && count.find()) {
                                rows += Long.parseLong(count.group(1));
                            } else {
                                counted = false;
                            }
                        }
                    }
                }
            }
            return new LiveFiles(snapshot.getVersion(), List.copyOf(paths), List.copyOf(logged), counted ? OptionalLong.of(rows) : OptionalLong.empty(), plain,
                    List.copyOf(snapshot.getSchema().fieldNames()), snapshot.getSchema().toJson(), List.copyOf(statistics));
        } catch (IOException | RuntimeException e) {
            throw new WarehouseException("cannot read the Delta log of " + location + ": " + SparkDeltaEngine.firstLine(e), e);
        }
    }

    /**
     * MAX(column) over the version's rows from its files' statistics, for a whole-number or date column,
     * whose minimum and maximum values Delta keeps exactly; empty when any file's statistics lack what it
     * takes (no statistics, a column past the indexed ones, deletion vectors), and the query must run.
     * A file whose values of the column are all NULL (nullCount = numRecords) has no maximum of it.
     */
    Optional<Maximum> maximum(String column) {
        if (!plainParquet) {
            return Optional.empty();
        }
        Optional<StructField> field = Arrays.stream(((StructType) DataType.fromJson(schemaJson)).fields())
                .filter(candidate -> candidate.name().equalsIgnoreCase(column)).findFirst();
        if (field.isEmpty()) {
            return Optional.empty();
        }
        DataType type = field.get().dataType();
        boolean whole = type instanceof LongType || type instanceof IntegerType || type instanceof ShortType || type instanceof ByteType;
        if (!whole && !(type instanceof DateType)) {
            return Optional.empty();
        }
        String name = field.get().name();
        Object largest = null;
        for (Optional<String> text : statistics) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            JsonNode stats;
            try {
                stats = JSON.readTree(text.get());
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
            JsonNode records = stats.path("numRecords");
            JsonNode nulls = stats.path("nullCount").path(name);
            if (!records.canConvertToLong() || !nulls.canConvertToLong()) {
                return Optional.empty();
            }
            if (nulls.asLong() == records.asLong()) {
                continue;
            }
            JsonNode value = stats.path("maxValues").path(name);
            Object fileMaximum;
            if (whole && value.canConvertToLong()) {
                fileMaximum = value.asLong();
            } else if (!whole && value.isTextual()) {
                fileMaximum = LocalDate.parse(value.asText());
            } else {
                return Optional.empty();
            }
            largest = largest == null || compare(fileMaximum, largest) > 0 ? fileMaximum : largest;
        }
        return Optional.of(new Maximum(largest));
    }

    private static int compare(Object left, Object right) {
        return left instanceof Long number ? number.compareTo((Long) right) : ((LocalDate) left).compareTo((LocalDate) right);
    }
}
