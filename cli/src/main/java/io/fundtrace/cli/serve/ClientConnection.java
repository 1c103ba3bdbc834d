package io.fundtrace.cli.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.avatica.ConnectionPropertiesImpl;

/**
 * One JDBC connection: whose it is (a connection id is the client's choice, so every call checks that
 * the signed-in user is its owner), its statements and its connection properties, and when it was last
 * used (a client that vanished without closing is forgotten after a while).
 */
final class ClientConnection {
    private final String owner;
    private final Map<Integer, ClientStatement> statements = new ConcurrentHashMap<>();
    private final ConnectionPropertiesImpl properties = new ConnectionPropertiesImpl(true, true, java.sql.Connection.TRANSACTION_NONE, null, null);
    private volatile long lastUsed = System.currentTimeMillis();

    ClientConnection(String owner) {
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    Map<Integer, ClientStatement> statements() {
        return statements;
    }

    ConnectionPropertiesImpl properties() {
        return properties;
    }

    void touch() {
        lastUsed = System.currentTimeMillis();
    }

    long lastUsed() {
        return lastUsed;
    }
}
