package io.fundtrace.warehouse.snapshot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A reader in another process: attaches a snapshot read-only, says so, and holds it until its standard input closes. */
public final class SnapshotHolder {
    private SnapshotHolder() {
    }

    public static void main(String[] arguments) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + arguments[0].replace("'", "''") + "' AS held (READ_ONLY)");
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
        }
    }
}
