package io.fundtrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Version 0 of an empty Delta table, written as Delta Lake writes it for CREATE TABLE (its commit and
 * its checksum file: commitInfo, metaData, protocol 1/2), without Delta's commit machinery. Through
 * Spark, making one empty table costs 95-570 ms of commit, post-commit snapshot and catalog work on
 * two cores, and a new warehouse makes about 45 of them (clean, raw, history, audit) before its first
 * row; written here it costs a millisecond, and the table is registered in the catalog only if a
 * statement later names it (CatalogTables). Only the plain case is written here - the column types
 * every Delta reader knows, no table feature, no property default but the retention ones - and
 * anything else goes to Spark as before.
 */
final class EmptyDeltaTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULTS = "spark.databricks.delta.properties.defaults.";
    /** Types that need no table feature (strings only in the default collation, timestamps only with a time zone). */
    private static final Set<Class<? extends DataType>> PLAIN_TYPES = Set.of(LongType.class, IntegerType.class, ShortType.class,
            ByteType.class, DoubleType.class, FloatType.class, BooleanType.class, DateType.class, TimestampType.class, DecimalType.class,
            BinaryType.class);
    private static final String FIRST_COMMIT = "00000000000000000000";

    private EmptyDeltaTable() {
    }

    /**
     * Writes version 0 of an empty table of these columns at the location, if this session would make
     * it the plain way and no commit is there; returns whether it did (if not, the caller runs Spark's
     * CREATE TABLE).
     */
    static boolean write(SparkSession session, WarehouseFolder folder, String location, StructType schema) {
        Optional<Map<String, String>> configuration = configuration(session);
        if (configuration.isEmpty() || !plain(schema)) {
            return false;
        }
        long now = System.currentTimeMillis();
        String transaction = UUID.randomUUID().toString();
        ObjectNode properties = JSON.createObjectNode();
        configuration.get().forEach(properties::put);
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("id", UUID.randomUUID().toString());
        metadata.putObject("format").put("provider", "parquet").putObject("options");
        metadata.put("schemaString", schema.json());
        metadata.putArray("partitionColumns");
        metadata.set("configuration", properties);
        metadata.put("createdTime", now);
        ObjectNode protocol = JSON.createObjectNode().put("minReaderVersion", 1).put("minWriterVersion", 2);
        ObjectNode commitInfo = JSON.createObjectNode().put("timestamp", now).put("operation", "CREATE TABLE");
        ObjectNode parameters = commitInfo.putObject("operationParameters");
        parameters.put("partitionBy", "[]").put("clusterBy", "[]").putNull("description");
        parameters.put("isManaged", "false").put("properties", text(properties));
        commitInfo.put("isolationLevel", "Serializable").put("isBlindAppend", true).putObject("operationMetrics");
        commitInfo.put("engineInfo", "fundtrace (an empty table as Delta-Lake writes it)").put("txnId", transaction);
        String commit = text(JSON.createObjectNode().set("commitInfo", commitInfo)) + "\n"
                + text(JSON.createObjectNode().set("metaData", metadata)) + "\n"
                + text(JSON.createObjectNode().set("protocol", protocol)) + "\n";
        // the checksum lets Delta and Delta Kernel read the protocol and schema without replaying the log
        ObjectNode checksum = JSON.createObjectNode().put("txnId", transaction).put("tableSizeBytes", 0).put("numFiles", 0)
                .put("numMetadata", 1).put("numProtocol", 1);
        checksum.putArray("setTransactions");
        checksum.putArray("domainMetadata");
        checksum.set("metadata", metadata);
        checksum.set("protocol", protocol);
        checksum.putArray("allFiles");

        Path log = new Path(location, "_delta_log");
        if (!folder.createExclusive(new Path(log, FIRST_COMMIT + ".json"), commit)) {
            return false;
        }
        folder.createExclusive(new Path(log, FIRST_COMMIT + ".crc"), text(checksum));
        // a DeltaLog this JVM holds for the path (a table dropped by a rollback) would not know the new log
        DeltaLog.invalidateCache(session, new Path(location));
        return true;
    }

    /** The table properties Delta would give a new table in this session, if they are only the plain ones. */
    static Optional<Map<String, String>> configuration(SparkSession session) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> setting : CollectionConverters.asJava(session.conf().getAll()).entrySet()) {
            String name = setting.getKey();
            if (name.startsWith(DEFAULTS)) {
                // only the defaults fundtrace sets (HistoryRetention); another one may ask for a table feature
                String property = "delta." + name.substring(DEFAULTS.length());
                if (!HistoryRetention.PROPERTIES.contains(property)) {
                    return Optional.empty();
                }
                out.put(property, setting.getValue());
            } else if (name.startsWith("spark.databricks.delta.protocol.") || name.startsWith("spark.databricks.delta.columnMapping")
                    || name.startsWith("spark.databricks.delta.feature")) {
                // a protocol or feature a deployment asks for: Delta decides what version 0 holds
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private static boolean plain(StructType schema) {
        for (StructField field : schema.fields()) {
            DataType type = field.dataType();
            boolean plain = type.equals(DataTypes.StringType) || PLAIN_TYPES.stream().anyMatch(kind -> kind.isInstance(type));
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static String text(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
