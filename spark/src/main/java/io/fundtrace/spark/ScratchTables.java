package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * DuckDB's temporary tables, which Spark has not (nor INSERT into a view): a scratch table is a locally
 * checkpointed Dataset (its rows kept by the executors, memory then disk) shown as a temporary view of
 * the table's name. A checkpoint, not a cached view: Spark re-computes a cached view when a table it
 * reads changes, and a load reads its work tables after changing clean tables. Not a Delta table: a
 * Delta commit per statement costs a third of a second and scratch needs no history. Inserts into a
 * scratch table are kept and run as one UNION ALL job when a statement needs them (a validation adds a
 * few dozen in a row); each kept insert saw the tables as they are until then. The job that keeps a
 * table's rows also counts them: a COUNT(*) of it is then answered without a job, and a table that
 * came out empty is shown as an empty local relation, which Spark's optimizer folds out of a LEFT JOIN
 * (nulls instead of a join) - a validation that found nothing, and the load's per-file counts over it.
 */
final class ScratchTables {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile(
            "^\\s*CREATE\\s+OR\\s+REPLACE\\s+TEMP(?:ORARY)?\\s+TABLE\\s+(" + NAME + ")\\s*(?:\\((.*)\\)|AS\\s+(.*))$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INSERT = Pattern.compile("^\\s*INSERT\\s+INTO\\s+(" + NAME + ")\\s+(SELECT\\b.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern VARCHAR = Pattern.compile("\\bVARCHAR\\b(?!\\s*\\()", Pattern.CASE_INSENSITIVE);

    private final SparkSession session;
    private final Set<String> tables = new LinkedHashSet<>();
    /** Scratch tables made empty and not filled since: their kept inserts are all their rows. */
    private final Set<String> empty = new LinkedHashSet<>();
    private final Map<String, List<String>> pendingInserts = new LinkedHashMap<>();
    /** The rows of each scratch table, without its kept inserts. */
    private final Map<String, Long> rowCounts = new HashMap<>();

    ScratchTables(SparkSession session) {
        this.session = session;
    }

    /** Runs a statement that makes or fills a scratch table and returns true; returns false for any other. */
    boolean execute(String sql) {
        Matcher create = CREATE.matcher(sql);
        if (create.matches()) {
            runPendingInserts();
            String table = create.group(1).toLowerCase(Locale.ROOT);
            if (create.group(2) != null) {
                StructType schema = StructType.fromDDL(VARCHAR.matcher(create.group(2)).replaceAll("STRING"));
                showEmpty(table, schema);
            } else {
                replace(table, session.sql(create.group(3)));
            }
            return true;
        }
        Matcher insert = INSERT.matcher(sql);
        String table = insert.matches() ? insert.group(1).toLowerCase(Locale.ROOT) : null;
        if (table == null || !tables.contains(table)) {
            return false;
        }
        if (readsPendingTable(insert.group(2))) {
            runPendingInserts();
        }
        pendingInserts.computeIfAbsent(table, name -> new ArrayList<>()).add(insert.group(2));
        return true;
    }

    /** Runs the kept inserts, one job per table: its rows so far and every insert's rows, by position. */
    void runPendingInserts() {
        for (Map.Entry<String, List<String>> inserts : pendingInserts.entrySet()) {
            Dataset<Row> table = session.table(inserts.getKey());
            // an empty table is left out of the union: Spark 4.2 cannot derive a union's constraints from
            // an empty local relation beside checkpointed rows ("key not found" when checkpointing)
            Dataset<Row> all = empty.contains(inserts.getKey()) ? null : table;
            for (String select : inserts.getValue()) {
                Dataset<Row> rows = conform(session.sql(select), table.schema());
                all = all == null ? rows : all.union(rows);
            }
            replace(inserts.getKey(), all);
        }
        pendingInserts.clear();
    }

    /** Forgets every scratch table; the engine is done. */
    void drop() {
        pendingInserts.clear();
        tables.forEach(table -> session.catalog().dropTempView(table));
        tables.clear();
        empty.clear();
        rowCounts.clear();
    }

    /** The rows of a scratch table, if it is one: counted when they were kept (its kept inserts run first). */
    Optional<Long> rows(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        if (pendingInserts.containsKey(name)) {
            runPendingInserts();
        }
        return Optional.ofNullable(rowCounts.get(name));
    }

    /** Whether a statement reads a scratch table with kept inserts, which it must see. */
    boolean readsPendingTable(String sql) {
        for (String table : pendingInserts.keySet()) {
            if (Pattern.compile("\\b" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find()) {
                return true;
            }
        }
        return false;
    }

    private void replace(String table, Dataset<Row> query) {
        // marked, then counted: the count is the job that computes and keeps the rows (an eager checkpoint
        // runs a count of its own and forgets the number)
        Dataset<Row> kept = query.localCheckpoint(false);
        long count = kept.queryExecution().toRdd().count();
        if (count == 0) {
            showEmpty(table, kept.schema());
            return;
        }
        kept.createOrReplaceTempView(table);
        tables.add(table);
        empty.remove(table);
        rowCounts.put(table, count);
    }

    /** An empty table is rows in the plan already: nothing to compute or keep. */
    private void showEmpty(String table, StructType schema) {
        session.createDataFrame(List.of(), schema).createOrReplaceTempView(table);
        tables.add(table);
        empty.add(table);
        rowCounts.put(table, 0L);
    }

    private static Dataset<Row> conform(Dataset<Row> rows, StructType schema) {
        StructField[] fields = schema.fields();
        if (rows.columns().length != fields.length) {
            throw new WarehouseException("an insert into a scratch table gives " + rows.columns().length + " columns, the table has " + fields.length);
        }
        // by position, as INSERT ... SELECT is: the select's own names may repeat ('amount', "amount")
        Dataset<Row> renamed = rows.toDF(schema.fieldNames());
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = renamed.col(fields[i].name()).cast(fields[i].dataType());
        }
        return renamed.select(columns);
    }
}
