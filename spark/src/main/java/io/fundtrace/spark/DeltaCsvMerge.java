package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Loads a CSV into a Delta table as one MERGE on the key columns. The CSV is read with the table's
 * own schema in FAILFAST mode, so a bad value fails the load before Delta commits anything; a load
 * whose rows are all already there is skipped, because Delta would still write an empty version.
 */
final class DeltaCsvMerge {
    private final SparkSession session;
    private final String table;
    private final List<String> keyColumns;

    private DeltaCsvMerge(SparkSession session, String table, List<String> keyColumns) {
        this.session = session;
        this.table = table;
        this.keyColumns = keyColumns;
    }

    static DeltaCsvMerge of(SparkSession session, String table, List<String> keyColumns) {
        return new DeltaCsvMerge(session, table, keyColumns);
    }

    void load(Path csv) {
        try {
            StructType schema = session.table(table).schema();
            Dataset<Row> rows = session.read()
                    .option("header", "true")
                    .option("mode", "FAILFAST")
                    .option("encoding", "UTF-8")
                    .schema(schema)
                    .csv(csv.toAbsolutePath().toString());
            Dataset<Row> changed = rows.select(columns(schema)).except(session.table(table).select(columns(schema)));
            changed.createOrReplaceTempView("merge_changed");
            if (changed.isEmpty()) {
                return;
            }
            String on = keyColumns.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
            session.sql("MERGE INTO " + table + " t USING merge_changed s ON " + on
                    + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *").collect();
        } catch (Exception e) {
            // Spark throws its SparkException (checked in Java's eyes) from Scala code at run time.
            throw new WarehouseException("cannot load " + csv + " into " + table + ": " + SparkDeltaEngine.firstLine(e), e);
        }
    }

    private static org.apache.spark.sql.Column[] columns(StructType schema) {
        return Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }
}
