package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.UsersFile;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server runs: where it listens (TLS when a keystore is given), the warehouse whose snapshots it
 * serves, its users, the archive its page shows, and its limits - the gate's time limit of a
 * statement, the most rows a statement returns, the most statements running at once - and how often it
 * looks for a newer snapshot.
 */
record ServerSettings(String host, int port, Path warehouse, UsersFile users, Path archive, int statementTimeoutSeconds, int maxRows,
                      int maxStatements, Path tlsKeystore, char[] tlsKeystorePassword, Duration snapshotPoll) {
    boolean tls() {
        return tlsKeystore != null;
    }
}
