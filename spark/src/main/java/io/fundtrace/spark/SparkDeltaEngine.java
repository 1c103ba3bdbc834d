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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spark SQL over a folder of Delta tables: one folder per schema, one Delta table per subfolder.
 * Spark's default catalog lives in memory, so opening an engine registers the tables it finds.
 */
public final class SparkDeltaEngine implements Engine {
    public static final String NAME = "spark";

    private final SparkSession session;
    private final Path warehouse;
    private final ScratchTables scratch;
    private boolean inAtomic;
    private static final String WAREHOUSE_SETTING = "fundtrace.warehouse";

    private SparkDeltaEngine(SparkSession session, Path warehouse) {
        this.session = session;
        this.warehouse = warehouse;
        this.scratch = new ScratchTables(session);
    }

    public static SparkDeltaEngine open(String master, Path warehouse) {
        SparkDeltaEngine engine = new SparkDeltaEngine(SparkSessions.create(master, warehouse), warehouse.toAbsolutePath());
        engine.registerExistingTables();
        DeltaRollback.recover(engine);
        engine.createWarehouseTables();
        return engine;
    }

    /** For tests that share one session across engines on different folders. */
    static SparkDeltaEngine over(SparkSession session, Path warehouse) {
        SparkDeltaEngine engine = new SparkDeltaEngine(session, warehouse.toAbsolutePath());
        engine.registerExistingTables();
        DeltaRollback.recover(engine);
        engine.createWarehouseTables();
        return engine;
    }

    public SparkSession session() {
        return session;
    }

    Path folder() {
        return warehouse;
    }

    /** The folder that holds table schema.name, for CREATE TABLE ... LOCATION. */
    public String location(String table) {
        return warehouse.resolve(table.replace('.', '/')).toString();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(String sql) {
        try {
            if (scratch.execute(sql)) {
                return;
            }
            scratch.runPendingInserts();
            run(SparkStatements.adapt(sql, this::location)).collect();
        } catch (Exception e) {
            throw failure(sql, e);
        }
    }

    @Override
    public List<List<Object>> query(String sql) {
        List<Row> rows;
        try {
            scratch.runPendingInserts();
            rows = run(sql).collectAsList();
        } catch (Exception e) {
            throw failure(sql, e);
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

    @Override
    public <R, X extends Exception> R atomically(UnitOfWork<R, X> work) throws X {
        if (inAtomic) {
            return work.run();
        }
        inAtomic = true;
        try {
            return DeltaRollback.around(this, work);
        } finally {
            inAtomic = false;
        }
    }

    @Override
    public void registerFunction(String name, TextFunction function) {
        // UDF1 is Serializable and so is the function: Spark ships both to its executors
        UDF1<String, String> udf = text -> text == null ? null : function.apply(text);
        session.udf().register(name, udf, DataTypes.StringType);
    }

    @Override
    public List<String> columns(String table) {
        return List.of(run("SELECT * FROM " + table).schema().fieldNames());
    }

    @Override
    public List<String> tables() {
        return List.copyOf(DeltaLog.versions(warehouse).keySet());
    }

    @Override
    public boolean exists(String table) {
        return session.catalog().tableExists(table);
    }

    @Override
    public void exportParquet(String table, Long version, Path folder) {
        String source = version == null ? table : table + " VERSION AS OF " + version;
        try {
            // one file, rows in the table's order of storage; readers sort
            run("SELECT * FROM " + source).coalesce(1).write().mode("overwrite").parquet(folder.toAbsolutePath().toString());
        } catch (Exception e) {
            throw failure("export of " + source, e);
        }
    }

    @Override
    public Map<String, Long> versions(List<String> tables) {
        Map<String, Long> all = DeltaLog.versions(warehouse);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : tables) {
            Long version = all.get(table);
            if (version == null) {
                throw new WarehouseException("no Delta table " + table + " in " + warehouse);
            }
            out.put(table, version);
        }
        return out;
    }

    @Override
    public void close() {
        scratch.drop();
        session.catalog().clearCache();
    }

    @Override
    public void csvTextView(String view, Path csv, int columns, RecordLines lines) {
        try {
            CsvTextView.register(session, view, csv, columns, lines);
        } catch (Exception e) {
            throw failure("reading " + csv, e);
        }
    }

    /** Stops the shared session; a command calls it once when it is done with Spark. */
    public void stop() {
        session.stop();
    }

    private Dataset<Row> run(String sql) {
        try {
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

    /** The same clean, audit and model DDL as a DuckDB warehouse; views live in the session, so every open makes them. */
    private void createWarehouseTables() {
        // before the DDL: the model views read the added columns
        AddedColumns.addMissing(this);
        for (String resource : Warehouse.DDL) {
            for (String statement : SqlResource.statements(SqlResource.read(resource))) {
                execute(statement);
            }
        }
    }

    /**
     * A session's catalog names tables by schema.table only, so when a session moves to another
     * warehouse folder (tests share one session) the previous folder's names are forgotten first;
     * the tables are external, so their data stays where it is.
     */
    private void forgetOtherWarehouse() {
        String current = session.conf().get(WAREHOUSE_SETTING, "");
        if (current.equals(warehouse.toString())) {
            return;
        }
        for (org.apache.spark.sql.catalog.Database database : session.catalog().listDatabases().collectAsList()) {
            if (!database.name().equals("default")) {
                execute("DROP DATABASE IF EXISTS " + database.name() + " CASCADE");
            }
        }
        session.conf().set(WAREHOUSE_SETTING, warehouse.toString());
    }

    private void registerExistingTables() {
        forgetOtherWarehouse();
        if (!Files.isDirectory(warehouse)) {
            return;
        }
        try (Stream<Path> logs = Files.find(warehouse, 3, (path, attributes) -> path.getFileName().toString().equals("_delta_log"))) {
            for (Path log : logs.sorted().collect(Collectors.toList())) {
                Path table = warehouse.relativize(log.getParent());
                if (table.getNameCount() == 2) {
                    String schema = table.getName(0).toString();
                    String name = schema + "." + table.getName(1);
                    execute("CREATE DATABASE IF NOT EXISTS " + schema);
                    execute("CREATE TABLE IF NOT EXISTS " + name + " USING DELTA LOCATION '" + log.getParent() + "'");
                }
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot list Delta tables in " + warehouse + ": " + e.getMessage(), e);
        }
    }

    static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
