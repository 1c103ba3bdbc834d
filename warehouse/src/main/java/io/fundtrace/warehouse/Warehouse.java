package io.fundtrace.warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * One DuckDB warehouse file opened for writing. DuckDB lets one process hold a file, so a second
 * process gets a clear "held by another process" error instead of a driver stack trace. The file is
 * attached under the fixed catalog name {@link #CATALOG}: DuckDB names a database opened directly after
 * its file, so a file called clean.duckdb (or raw, marts, ...) made every "clean.x" ambiguous.
 */
public final class Warehouse implements AutoCloseable {
    public static final Path DEFAULT_PATH = Path.of("fundtrace-data", "warehouse.duckdb");
    /** The warehouse's own tables and views, in the SQL both engines accept (Spark adds Delta locations). */
    public static final List<String> DDL = List.of("warehouse/ddl/clean.sql", "warehouse/ddl/audit.sql", "warehouse/ddl/model.sql");
    /** The catalog the file is attached as, whatever the file is called (the default file's own name). */
    public static final String CATALOG = "warehouse";

    private final Path path;
    private final Connection connection;

    private Warehouse(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    public static Warehouse open(Path path) {
        String memoryLimit = WriterMemory.setting();
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // One in-memory DuckDB per file in this JVM, named after the file's path: a second open of the same
            // file joins it (the file is attached once), and what is registered on it (a function) is the file's.
            String absolute = path.toAbsolutePath().normalize().toString();
            Connection connection = DuckDbConnections.open("jdbc:duckdb:memory:" + instanceName(absolute));
            try (Statement statement = connection.createStatement()) {
                attach(statement, path);
                // where DuckDB spills, as for a file opened directly (an in-memory database would spill to ./.tmp)
                statement.execute("SET temp_directory = '" + absolute.replace("'", "''") + ".tmp'");
                statement.execute(memoryLimit);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            Warehouse warehouse = new Warehouse(path, connection);
            warehouse.createSchema();
            return warehouse;
        } catch (SQLException e) {
            throw translate(path, e);
        } catch (java.io.IOException e) {
            throw new WarehouseException("cannot create the folder of warehouse " + path + ": " + e.getMessage(), e);
        }
    }

    private static void attach(Statement statement, Path path) throws SQLException {
        String file = path.toAbsolutePath().normalize().toString().replace("'", "''");
        statement.execute("ATTACH IF NOT EXISTS '" + file + "' AS " + CATALOG);
        statement.execute("USE " + CATALOG);
    }

    /**
     * Lets go of the file until the returned handle is closed, which attaches it again. DuckDB refuses to
     * attach one file in two databases of one process, so a reader of this process that attaches the file
     * in a database of its own (the gate's session of a role, which the monthly cycle's reports read
     * through) can do so only meanwhile. Nothing of this warehouse may be in use until then.
     */
    public Attachment release() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("USE memory");
            statement.execute("DETACH " + CATALOG);
        } catch (SQLException e) {
            throw new WarehouseException("cannot let go of warehouse " + path + ": " + e.getMessage(), e);
        }
        return () -> {
            try (Statement statement = connection.createStatement()) {
                attach(statement, path);
            } catch (SQLException e) {
                throw new WarehouseException("cannot attach warehouse " + path + " again: " + e.getMessage(), e);
            }
        };
    }

    /** The warehouse let go of by {@link #release()}; closing attaches it again. */
    @FunctionalInterface
    public interface Attachment extends AutoCloseable {
        @Override
        void close();
    }

    private static String instanceName(String absolutePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolutePath.getBytes(StandardCharsets.UTF_8));
            return "fundtrace_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static WarehouseException translate(Path path, SQLException e) {
        return openFailure(path, "open warehouse", e);
    }

    /**
     * Why a warehouse file could not be opened, in one line: the one place that tells DuckDB's file lock
     * (another process holds the file) from other failures; what says what was being done.
     */
    public static WarehouseException openFailure(Path path, String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            return new WarehouseException("warehouse " + path
                    + " is held by another process (DuckDB allows one process per file); wait for it to finish and retry", e);
        }
        return new WarehouseException("cannot " + what + " " + path + ": " + message.lines().findFirst().orElse(""), e);
    }

    private void createSchema() throws SQLException {
        // before the DDL: the model views read the added columns
        AddedColumns.addMissing(DuckDbEngine.over(this));
        for (String resource : DDL) {
            for (String statement : SqlResource.statements(SqlResource.read(resource))) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement);
                }
            }
        }
    }

    public Path path() {
        return path;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close warehouse " + path + ": " + e.getMessage(), e);
        }
    }
}
