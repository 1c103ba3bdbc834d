package io.fundtrace.spark;

import io.fundtrace.warehouse.AddedColumns;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineValues;
import io.fundtrace.warehouse.RecordLines;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.TextFunction;
import io.fundtrace.warehouse.UnitOfWork;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark SQL over a folder of Delta tables (local, hdfs:// or s3a://): one folder per schema, one Delta
 * table per subfolder. Spark's default catalog lives in memory; a table is registered in it when a
 * statement first names it (CatalogTables), and reads go to views of its files (TableViews). Every
 * write to the warehouse happens under its writer lock (WriterLock): inside {@link #atomically}, or,
 * for a lone statement, as a unit of work of its own. Outside a unit of work
 * the engine reads as a reader: versions, table lists and exports see the last whole unit of work, never
 * a writer's half (CommittedVersions).
 */
public final class SparkDeltaEngine implements Engine {
    public static final String NAME = "spark";
    /** What Hadoop's glob reads as a pattern, in a local file's path. */
    private static final Pattern GLOB_METACHARACTER = Pattern.compile("[\\\\{}\\[\\]*?]");
    private static final String WAREHOUSE_SETTING = "fundtrace.warehouse";
    /** The warehouse's largest table, by which its size is judged. */
    private static final String PAYMENTS = "clean.payments";

    private final SparkSession session;
    private final WarehouseFolder folder;
    private final WarehouseSettings settings;
    private final ScratchTables scratch;
    private final TableViews views;
    private final CatalogTables catalog;
    private final Set<String> knownTables = new HashSet<>();
    private final String scratchFolder = "_fundtrace_scratch/" + UUID.randomUUID();
    private WriterLock lock;
    private Map<String, Long> committed;

    private SparkDeltaEngine(SparkSession session, WarehouseFolder folder) {
        this.session = session;
        this.folder = folder;
        this.settings = WarehouseSettings.read(folder);
        this.scratch = new ScratchTables(session);
        this.views = new TableViews(session, folder);
        this.catalog = new CatalogTables(session, folder::tableLocation);
    }

    /** The warehouse at a location: a local folder, or a URI (hdfs://namenode/path, s3a://bucket/path). */
    public static SparkDeltaEngine open(String master, String location) {
        SparkSession session = SparkSessions.create(master, location);
        StatementTimer.listenTo(session);
        return start(session, location);
    }

    public static SparkDeltaEngine open(String master, Path warehouse) {
        return open(master, warehouse.toString());
    }

    /** For tests that share one session across engines on different folders. */
    static SparkDeltaEngine over(SparkSession session, Path warehouse) {
        return start(session, warehouse.toString());
    }

    private static SparkDeltaEngine start(SparkSession session, String location) {
        SparkDeltaEngine engine = new SparkDeltaEngine(session, WarehouseFolder.of(location, session.sparkContext().hadoopConfiguration()));
        HistoryRetention.setSessionDefaults(session, engine.settings);
        HistoryRetention.noteNewWarehouse(engine.folder, engine.settings);
        engine.findExistingTables();
        engine.judgeSize();
        engine.createWarehouseTables();
        return engine;
    }

    public SparkSession session() {
        return session;
    }

    WarehouseFolder folder() {
        return folder;
    }

    WarehouseSettings settings() {
        return settings;
    }

    /** The lock this engine's unit of work holds, or null between units of work. */
    void holding(WriterLock held) {
        this.lock = held;
        this.committed = null;
        views.clear();
    }

    /** The folder that holds table schema.name, for CREATE TABLE ... LOCATION. */
    public String location(String table) {
        return folder.tableLocation(table);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(String sql) {
        StatementTimer.Mark started = StatementTimer.start();
        try {
            views.notePersistentView(sql);
            if (SparkStatements.createsTableIfMissing(sql).filter(knownTables::contains).isPresent()) {
                // Spark would say the same after reading the table's Delta log
                return;
            }
            Optional<String[]> view = StatementText.view(sql);
            if (view.isPresent()) {
                catalog.deferView(view.get()[0], sql);
                return;
            }
            Optional<String> target = StatementText.target(sql);
            if (lock == null && target.isPresent() && SparkStatements.writesWarehouse(sql)) {
                atomically(() -> {
                    executeNow(sql, target);
                    return null;
                });
                return;
            }
            executeNow(sql, target);
        } finally {
            StatementTimer.report(started, sql);
        }
    }

    private void executeNow(String sql, Optional<String> target) {
        if (lock != null && lock.lost()) {
            throw new WarehouseException("this writer lost the lock of " + folder.uri() + " (its lease was not renewed in time and another"
                    + " writer took it over); the work is stopped");
        }
        String statement = views.rewrite(sql, this::versionToRead);
        if (lock != null && overwritten(statement)) {
            return;
        }
        try {
            // a scratch table's statement goes to Spark without run()
            catalog.prepare(statement, knownTables::contains);
        } catch (Exception e) {
            throw failure(sql, e);
        }
        if (scratch.execute(statement)) {
            return;
        }
        boolean madeWithoutSpark = false;
        try {
            scratch.runPendingInserts();
            Optional<String[]> emptyCopy = SparkStatements.emptyCopy(statement);
            if (emptyCopy.isPresent()) {
                // the query's columns are known without running it, and an empty Delta table needs no write
                StructType columns = nullable(run(emptyCopy.get()[1]).schema());
                statement = "CREATE TABLE IF NOT EXISTS " + emptyCopy.get()[0] + " (" + columns.toDDL() + ")";
            }
            madeWithoutSpark = madeWithoutSpark(statement);
            if (madeWithoutSpark) {
                return;
            }
            run(SparkStatements.adapt(statement, this::location)).collect();
        } catch (Exception e) {
            throw failure(sql, e);
        } finally {
            if (!madeWithoutSpark) {
                target.ifPresent(this::written);
            }
        }
    }

    /**
     * A table made or replaced from a query, written as one Delta commit without reading the old
     * version's state (DeltaOverwrite), if it can be; a new table is first written empty (EmptyDeltaTable),
     * so its history is CREATE TABLE, then WRITE. The table stays in the catalog as it was (or unregistered).
     */
    private boolean overwritten(String statement) {
        Optional<String[]> replace = SparkStatements.replacement(statement);
        if (replace.isEmpty()) {
            return false;
        }
        String table = replace.get()[0];
        try {
            scratch.runPendingInserts();
            Dataset<Row> rows = run(replace.get()[1]);
            if (!DeltaOverwrite.plainColumns(rows.schema())) {
                return false;
            }
            if (!knownTables.contains(table)) {
                if (!EmptyDeltaTable.write(session, folder, location(table), nullable(rows.schema()))) {
                    return false;
                }
                knownTables.add(table);
            }
            return DeltaOverwrite.replace(session, location(table), views.files(table, TableViews.LATEST), rows);
        } catch (Exception e) {
            throw failure(statement, e);
        } finally {
            views.invalidate(table);
        }
    }

    /**
     * An empty table's CREATE TABLE IF NOT EXISTS written without Spark (EmptyDeltaTable), if it can be:
     * the table is then in the warehouse, not yet in the catalog (which written() asks), and registered
     * when a statement names it.
     */
    private boolean madeWithoutSpark(String statement) throws ParseException {
        Optional<String[]> empty = SparkStatements.emptyTable(statement);
        if (empty.isEmpty() || knownTables.contains(empty.get()[0]) || folder.version(empty.get()[0]).isPresent()) {
            return false;
        }
        String table = empty.get()[0];
        StructType columns = session.sessionState().sqlParser().parseTableSchema(empty.get()[1]);
        if (!EmptyDeltaTable.write(session, folder, location(table), columns)) {
            return false;
        }
        views.invalidate(table);
        knownTables.add(table);
        return true;
    }

    /** After a statement that changed a table (or tried to): its view is stale, and it may have come or gone. */
    private void written(String table) {
        views.invalidate(table);
        if (session.catalog().tableExists(table)) {
            knownTables.add(table);
        } else {
            knownTables.remove(table);
            catalog.forget(table);
        }
    }

    /** A CTAS makes every column nullable; so does a table made from a query's columns. */
    static StructType nullable(StructType schema) {
        return DataTypes.createStructType(Arrays.stream(schema.fields())
                .map(field -> DataTypes.createStructField(field.name(), field.dataType(), true)).toList());
    }

    /** The version a statement reads of a warehouse table: the latest inside a unit of work, else the committed one. */
    private Optional<Long> versionToRead(String table) {
        if (lock != null) {
            return knownTables.contains(table) ? Optional.of(TableViews.LATEST) : Optional.empty();
        }
        return Optional.ofNullable(visibleVersions().get(table));
    }

    @Override
    public List<List<Object>> query(String sql) {
        List<Row> rows;
        StatementTimer.Mark started = StatementTimer.start();
        try {
            Optional<Long> counted = StatementText.countOf(sql).flatMap(this::countWithoutJob);
            if (counted.isPresent()) {
                return List.of(List.of(counted.get()));
            }
            Optional<LiveFiles.Maximum> maximum = StatementText.maximumOf(sql).flatMap(this::maximumWithoutJob);
            if (maximum.isPresent()) {
                return List.of(Collections.singletonList(maximum.get().value()));
            }
            scratch.runPendingInserts();
            rows = run(views.rewrite(sql, this::versionToRead)).collectAsList();
        } catch (Exception e) {
            throw failure(sql, e);
        } finally {
            StatementTimer.report(started, sql);
        }
        List<List<Object>> out = new ArrayList<>();
        for (Row row : rows) {
            List<Object> values = new ArrayList<>(row.length());
            for (int i = 0; i < row.length(); i++) {
                values.add(EngineValues.normalise(row.get(i)));
            }
            out.add(values);
        }
        return out;
    }

    /**
     * SELECT COUNT(*) of a warehouse table, from its files' statistics in the Delta log when they hold it;
     * of a scratch table, from the count its rows were kept with.
     */
    private Optional<Long> countWithoutJob(String table) {
        return table.contains(".") ? countFromStatistics(table) : scratch.rows(table);
    }

    /** SELECT MAX(column) of a warehouse table ([table, column]), from its files' statistics in the Delta log when they hold it. */
    private Optional<LiveFiles.Maximum> maximumWithoutJob(String[] tableAndColumn) {
        Optional<Long> version = versionToRead(tableAndColumn[0]);
        return version.isEmpty() ? Optional.empty() : views.maximum(tableAndColumn[0], version.get(), tableAndColumn[1]);
    }

    private Optional<Long> countFromStatistics(String table) {
        Optional<Long> version = versionToRead(table);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong rows = views.rows(table, version.get());
        return rows.isPresent() ? Optional.of(rows.getAsLong()) : Optional.empty();
    }

    @Override
    public <R, X extends Exception> R atomically(UnitOfWork<R, X> work) throws X {
        if (lock != null) {
            return work.run();
        }
        return DeltaRollback.around(this, work);
    }

    @Override
    public void registerFunction(String name, TextFunction function) {
        // UDF1 is Serializable and so is the function: Spark ships both to its executors
        UDF1<String, String> udf = text -> text == null ? null : function.apply(text);
        session.udf().register(name, udf, DataTypes.StringType);
    }

    @Override
    public List<String> columns(String table) {
        StatementTimer.Mark started = StatementTimer.start();
        try {
            Optional<Long> version = versionToRead(table);
            if (version.isPresent()) {
                // from the Delta log's schema on this process: no Spark job, and a reader's open needs no Delta in Spark at all
                return views.files(table, version.get()).columns();
            }
            return List.of(run(views.rewrite("SELECT * FROM " + table, this::versionToRead)).schema().fieldNames());
        } finally {
            StatementTimer.report(started, "columns of " + table);
        }
    }

    /** Every table: as the last whole unit of work left them, or, inside one, as they are now. */
    @Override
    public List<String> tables() {
        return List.copyOf(visibleVersions().keySet());
    }

    @Override
    public boolean exists(String table) {
        if (lock != null) {
            return knownTables.contains(table) || catalog.isWaitingView(table) || session.catalog().tableExists(table);
        }
        return visibleVersions().containsKey(table);
    }

    @Override
    public void exportParquet(String table, Long version, Path target) {
        long read = version != null ? version : versions(List.of(table)).get(table);
        StatementTimer.Mark started = StatementTimer.start();
        if (VersionFileCopy.copy(folder, views.files(table, read), target)) {
            StatementTimer.report(started, "copy of the files of " + table + " at version " + read);
            return;
        }
        // written where every executor can write (the warehouse folder), then fetched by this process
        String exported = folder.child(scratchFolder + "/" + table).toString();
        try {
            // one file, rows in the table's order of storage; readers sort
            views.read(table, read).coalesce(1).write().mode("overwrite").parquet(exported);
            folder.copyToLocal(new org.apache.hadoop.fs.Path(exported), target);
        } catch (Exception e) {
            throw failure("export of " + table + " at version " + read, e);
        } finally {
            folder.delete(new org.apache.hadoop.fs.Path(exported));
            StatementTimer.report(started, "export of " + table + " at version " + read);
        }
    }

    /** The version of each table: as the last whole unit of work left it, or, inside one, now. */
    @Override
    public Map<String, Long> versions(List<String> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : tables) {
            Optional<Long> version = lock != null ? folder.version(table) : Optional.ofNullable(visibleVersions().get(table));
            out.put(table, version.orElseThrow(() -> new WarehouseException("no Delta table " + table + " in " + folder.uri())));
        }
        return out;
    }

    @Override
    public void close() {
        scratch.drop();
        session.catalog().clearCache();
        folder.delete(folder.child(scratchFolder));
    }

    @Override
    public void csvTextView(String view, Path csv, int columns, RecordLines lines) {
        StatementTimer.Mark started = StatementTimer.start();
        try {
            ExpressionCompiling.seeFile(session, Files.size(csv));
            CsvTextView.register(session, view, readable(csv), columns, lines);
        } catch (Exception e) {
            throw failure("reading " + csv, e);
        } finally {
            StatementTimer.report(started, "csv text view of " + csv.getFileName());
        }
    }

    /**
     * The file as the executors can read it: in place when they run in this process (local master), else
     * copied into the warehouse folder, the one place every executor of a cluster sees, under a name of its own.
     * Spark reads the text as a Hadoop path and a glob: a URI's %20 was read as the three characters, so a drop
     * named 喀什 or a file "payments_一.csv" was not found; the path goes as its characters, with the glob's
     * metacharacters escaped (a file "payments_[1].csv" is that file, not payments_1.csv).
     */
    private String readable(Path csv) {
        if (session.sparkContext().master().startsWith("local")) {
            return "file:" + GLOB_METACHARACTER.matcher(csv.toAbsolutePath().normalize().toString()).replaceAll("\\\\$0");
        }
        org.apache.hadoop.fs.Path staged = folder.child(scratchFolder + "/" + UUID.randomUUID() + ".csv");
        folder.copyFromLocal(csv, staged);
        return staged.toString();
    }

    /** Stops the shared session; a command calls it once when it is done with Spark. */
    public void stop() {
        session.stop();
    }

    /** The committed versions a reader sees, read once per unit of work of this engine (a reader's snapshot). */
    private Map<String, Long> visibleVersions() {
        if (lock != null) {
            return folder.versions();
        }
        if (committed == null) {
            committed = CommittedVersions.read(folder, settings.writerLease());
        }
        return committed;
    }

    private Dataset<Row> run(String sql) {
        try {
            catalog.prepare(sql, knownTables::contains);
            return session.sql(sql);
        } catch (Exception e) {
            // Spark throws its SparkException (checked in Java's eyes) from Scala code.
            throw failure(sql, e);
        }
    }

    private static WarehouseException failure(String sql, Exception e) {
        if (e instanceof WarehouseException known) {
            return known;
        }
        return new WarehouseException("Spark statement failed: " + firstLine(e) + " in: " + sql.lines().findFirst().orElse(""), e);
    }

    /**
     * The same clean, audit and model DDL as a DuckDB warehouse; views live in the session, so every open
     * makes them. A table missing (a new warehouse, or one a newer version added) is made under the writer
     * lock, in one unit of work.
     */
    private void createWarehouseTables() {
        List<String> statements = new ArrayList<>();
        for (String resource : Warehouse.DDL) {
            statements.addAll(SqlResource.statements(SqlResource.read(resource)));
        }
        boolean missing = statements.stream().map(SparkStatements::createsTableIfMissing).flatMap(Optional::stream)
                .anyMatch(table -> !knownTables.contains(table));
        UnitOfWork<Void, RuntimeException> create = () -> {
            // before the DDL: the model views read the added columns
            AddedColumns.addMissing(this);
            statements.forEach(this::execute);
            return null;
        };
        if (missing) {
            atomically(create);
        } else {
            create.run();
        }
    }

    /**
     * A session's catalog names tables by schema.table only, so when a session moves to another
     * warehouse folder (tests share one session) the previous folder's names are forgotten first;
     * the tables are external, so their data stays where it is.
     */
    private void forgetOtherWarehouse() {
        String current = session.conf().get(WAREHOUSE_SETTING, "");
        if (current.equals(folder.uri())) {
            return;
        }
        for (org.apache.spark.sql.catalog.Database database : session.catalog().listDatabases().collectAsList()) {
            if (!database.name().equals("default")) {
                session.sql("DROP DATABASE IF EXISTS " + database.name() + " CASCADE").collect();
            }
        }
        session.conf().set(WAREHOUSE_SETTING, folder.uri());
    }

    /** The warehouse's tables, from its folder; each is registered in the catalog when a statement first names it. */
    private void findExistingTables() {
        forgetOtherWarehouse();
        knownTables.addAll(folder.versions().keySet());
    }

    /** A warehouse of many payments compiles its statements' expressions from the start (ExpressionCompiling). */
    private void judgeSize() {
        if (!ExpressionCompiling.compiling(session) && knownTables.contains(PAYMENTS)) {
            views.rows(PAYMENTS, TableViews.LATEST).ifPresent(rows -> ExpressionCompiling.seeTable(session, rows));
        }
    }

    static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
