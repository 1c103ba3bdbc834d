package io.fundtrace.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Every DuckDB database fundtrace opens (the warehouse's, a gated session's, a reader's of its own) starts with
 * these settings. Extensions are never downloaded: there may be no network, and a hang is worse than an error.
 * DuckDB's common-subplan optimizer is off: from 1.5.1 to 2.0.0, the version used here, it returns wrong rows,
 * silently, when branches of a UNION ALL share a join and it reads one branch's columns for another's
 * (duckdb/duckdb#25819, #24624, #25170). Here `model.region_ancestor` filtered on a county gave its province as
 * its depth-3 ancestor instead of 100000, the root; a warehouse of public money must not give a wrong answer fast.
 */
public final class DuckDbConnections {
    private DuckDbConnections() {
    }

    /** A connection to the database of the JDBC URL (jdbc:duckdb: and a path, memory:name or nothing). */
    public static Connection open(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("disabled_optimizers", "common_subplan");
        return DriverManager.getConnection(url, properties);
    }
}
