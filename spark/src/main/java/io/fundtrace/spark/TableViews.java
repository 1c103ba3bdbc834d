package io.fundtrace.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The engine's statements read warehouse tables through temporary views of one version's data files
 * (LiveFiles), not through Delta: `clean.payments` in a query becomes `ft_read__clean__payments`, a
 * Parquet read of the files that version holds. A view stays until the engine writes its table (or
 * starts or ends a unit of work, when the versions read change), so the many statements of a load or a
 * build that read the same tables pay for finding their files once. Persistent views of the warehouse
 * (the model layer) get a temporary twin whose body reads the same views. Writes still go to the Delta
 * tables themselves: a statement's own target is never replaced.
 */
final class TableViews {
    private static final String PREFIX = "ft_read__";
    /** For versionOf: the latest version, which only this engine changes (it holds the writer lock). */
    static final long LATEST = -1;

    private final SparkSession session;
    private final WarehouseFolder folder;
    private final Map<String, String> persistentViews = new LinkedHashMap<>();
    private final Map<String, LiveFiles> tables = new HashMap<>();
    private final Map<String, Set<String>> twins = new HashMap<>();

    TableViews(SparkSession session, WarehouseFolder folder) {
        this.session = session;
        this.folder = folder;
    }

    /** Notes a persistent view's body (the model layer), so its twin can be made when a statement reads it. */
    void notePersistentView(String sql) {
        StatementText.view(sql).ifPresent(view -> {
            persistentViews.put(view[0], view[1]);
            twins.clear();
        });
    }

    /**
     * The statement with its reads of warehouse tables and views pointed at views of the version
     * versionOf gives for each table (empty: not a table this engine reads through a view).
     */
    String rewrite(String sql, Function<String, Optional<Long>> versionOf) {
        if (!StatementText.readsThroughViews(sql)) {
            return sql;
        }
        return StatementText.replaceTables(sql, name -> viewOf(name, versionOf, new HashSet<>()));
    }

    /** The rows of a table's version (or LATEST), when its files' statistics say: a count without a Spark job. */
    OptionalLong rows(String table, long version) {
        LiveFiles files = files(table, version);
        return files.plainParquet() ? files.rows() : OptionalLong.empty();
    }

    /** MAX(column) of a table's version (or LATEST), when its files' statistics say: no Spark job. */
    Optional<LiveFiles.Maximum> maximum(String table, long version, String column) {
        return files(table, version).maximum(column);
    }

    /** The rows of a table's version (or LATEST) as a Dataset: its files read as Parquet (or through Delta if they cannot be). */
    Dataset<Row> read(String table, long version) {
        return dataset(table, files(table, version));
    }

    /** The data files of a table's version (or LATEST), listed from its log without a Spark job. */
    LiveFiles files(String table, long version) {
        LiveFiles files = tables.get(table);
        if (files != null && (version == LATEST || files.version() == version)) {
            return files;
        }
        return LiveFiles.of(session.sparkContext().hadoopConfiguration(), folder.tableLocation(table), version == LATEST ? null : version);
    }

    /** The engine wrote the table: its view and the twins that read it are made again when next read. */
    void invalidate(String table) {
        tables.remove(table);
        twins.values().removeIf(read -> read.contains(table));
    }

    /** Every view goes: the versions to read change (a unit of work begins or ends). */
    void clear() {
        tables.clear();
        twins.clear();
    }

    private Optional<String> viewOf(String name, Function<String, Optional<Long>> versionOf, Set<String> reads) {
        if (persistentViews.containsKey(name)) {
            return Optional.of(twin(name, versionOf, reads));
        }
        Optional<Long> version = versionOf.apply(name);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        reads.add(name);
        LiveFiles current = tables.get(name);
        if (current == null || version.get() != LATEST && current.version() != version.get()) {
            current = files(name, version.get());
            dataset(name, current).createOrReplaceTempView(viewName(name));
            tables.put(name, current);
        }
        return Optional.of(viewName(name));
    }

    private String twin(String view, Function<String, Optional<Long>> versionOf, Set<String> reads) {
        Set<String> own = twins.get(view);
        if (own != null && own.stream().allMatch(table -> tables.containsKey(table) && versionOf.apply(table)
                .filter(version -> version == LATEST || version == tables.get(table).version()).isPresent())) {
            reads.addAll(own);
            return viewName(view);
        }
        Set<String> read = new HashSet<>();
        String body = StatementText.replaceTables(persistentViews.get(view), name -> viewOf(name, versionOf, read));
        session.sql("CREATE OR REPLACE TEMPORARY VIEW " + viewName(view) + " AS " + body).collect();
        twins.put(view, read);
        reads.addAll(read);
        return viewName(view);
    }

    private Dataset<Row> dataset(String table, LiveFiles files) {
        if (!files.plainParquet()) {
            return session.read().format("delta").option("versionAsOf", files.version()).load(folder.tableLocation(table));
        }
        // the columns as the log has them: asking Delta Spark for them loads its snapshot of the table (a
        // listing of the log and a read of the version's checksum) for each view
        StructType schema = (StructType) DataType.fromJson(files.schemaJson());
        if (files.paths().isEmpty()) {
            return session.createDataFrame(List.of(), schema);
        }
        return session.read().schema(schema).parquet(files.paths().toArray(String[]::new));
    }

    private static String viewName(String name) {
        return PREFIX + name.replace(".", "__");
    }
}
