package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A view of a table version is a Parquet read with the columns the Delta log gives (LiveFiles), not the
 * ones Delta Spark would give after loading its snapshot: the two must be the same for every table a
 * warehouse holds (raw, clean, audit, quarantine, marts; NOT NULL columns among them).
 */
class TableViewsTest {
    @Test
    void theColumnsFromTheLogAreTheColumnsDeltaSparkReads() {
        GeneratedWarehouses warehouses = GeneratedWarehouses.shared();
        warehouses.built();
        SparkSession session = SharedSpark.session();
        Configuration hadoop = session.sparkContext().hadoopConfiguration();
        WarehouseFolder folder = WarehouseFolder.of(warehouses.folder.resolve("delta").toString(), hadoop);
        Map<String, Long> versions = folder.versions();
        assertTrue(versions.keySet().containsAll(List.of("raw.payments", "clean.payments", "audit.batches", "quarantine.rows",
                "marts.ledger")), versions.keySet().toString());
        int notNull = 0;
        for (String table : versions.keySet()) {
            String location = folder.tableLocation(table);
            StructType fromLog = (StructType) DataType.fromJson(LiveFiles.of(hadoop, location, null).schemaJson());
            StructType fromDelta = session.read().format("delta").load(location).schema();
            assertEquals(fromDelta, fromLog, table);
            notNull += (int) Arrays.stream(fromLog.fields()).filter(field -> !field.nullable()).count();
        }
        assertTrue(notNull > 0, "some columns are NOT NULL");
    }
}
