package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.PublishedTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.calcite.avatica.ConnectionPropertiesImpl;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * Avatica's server side over the SQL gate: every statement of every connection runs through
 * SqlGate.query with the signed-in user's role (read-only, row filters, masks, row cap, time limit,
 * the query log), on the current snapshot (GatePool); metadata calls answer from the tables that role
 * may read (CatalogRows). A connection belongs to the user who opened it: another user naming its id
 * is told it does not exist. Results are held whole (the gate's row cap bounds them) and handed out in
 * the frames the client asks for.
 */
final class GateMeta implements Meta {
    /** Connections one user may hold open, and statements one connection: each statement keeps its last result (up to --max-rows rows). */
    static final int MAX_CONNECTIONS = 64;
    static final int MAX_STATEMENTS = 256;
    /**
     * The rows one user's unread results may hold, in statements' row caps: a result is held from its
     * run until the client fetches its last frame (or closes it), so a client that opens many result
     * sets and reads none could otherwise hold connections x statements x --max-rows rows.
     */
    static final int HELD_RESULTS = 4;

    private final GatePool gates;
    private final CatalogRows catalog;
    private final ClientErrors errors;
    private final int maxRows;
    private final Map<String, ClientConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger statementIds = new AtomicInteger();

    GateMeta(GatePool gates, CatalogRows catalog, ClientErrors errors, int maxRows) {
        this.gates = gates;
        this.catalog = catalog;
        this.errors = errors;
        this.maxRows = maxRows;
    }

    // connections

    @Override
    public void openConnection(ConnectionHandle ch, Map<String, String> info) {
        guard(() -> {
            String user = SignedIn.current().name();
            if (connections.values().stream().filter(connection -> connection.owner().equals(user)).count() >= MAX_CONNECTIONS) {
                throw ClientErrors.refused("user " + user + " has " + MAX_CONNECTIONS + " connections open, the most a user may; close one");
            }
            if (connections.putIfAbsent(ch.id, new ClientConnection(user)) != null) {
                throw ClientErrors.refused("a connection with this id is open already");
            }
            return null;
        });
    }

    @Override
    public void closeConnection(ConnectionHandle ch) {
        guard(() -> connections.remove(ch.id, connection(ch.id)));
    }

    @Override
    public ConnectionProperties connectionSync(ConnectionHandle ch, ConnectionProperties requested) {
        return guard(() -> {
            ClientConnection connection = connection(ch.id);
            synchronized (connection) {
                // read-only and without transactions, whatever the client would like
                ConnectionPropertiesImpl properties = connection.properties().merge(requested);
                properties.setReadOnly(true);
                properties.setAutoCommit(true);
                properties.setTransactionIsolation(java.sql.Connection.TRANSACTION_NONE);
                properties.setDirty(false);
                return properties;
            }
        });
    }

    @Override
    public void commit(ConnectionHandle ch) {
        guard(() -> connection(ch.id));
    }

    @Override
    public void rollback(ConnectionHandle ch) {
        guard(() -> connection(ch.id));
    }

    @Override
    public Map<DatabaseProperty, Object> getDatabaseProperties(ConnectionHandle ch) {
        return guard(() -> {
            connection(ch.id);
            return Map.of(DatabaseProperty.GET_DATABASE_PRODUCT_NAME, "fundtrace",
                    DatabaseProperty.GET_DATABASE_PRODUCT_VERSION, "0.1.0 (DuckDB through the SQL gate)",
                    DatabaseProperty.GET_DEFAULT_TRANSACTION_ISOLATION, java.sql.Connection.TRANSACTION_NONE);
        });
    }

    /** Forgets connections unused for longer than the given time (clients that vanished without closing them). */
    void forgetIdle(long idleMillis) {
        long before = System.currentTimeMillis() - idleMillis;
        connections.values().removeIf(connection -> connection.lastUsed() < before);
    }

    // statements

    @Override
    public StatementHandle createStatement(ConnectionHandle ch) {
        return guard(() -> {
            int id = statementIds.incrementAndGet();
            open(connection(ch.id), id, new ClientStatement(null, -1));
            return new StatementHandle(ch.id, id, null);
        });
    }

    @Override
    public void closeStatement(StatementHandle h) {
        guard(() -> connection(h.connectionId).statements().remove(h.id));
    }

    @Override
    public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
        return guard(() -> {
            ClientConnection connection = connection(ch.id);
            ResultTable columns = gates.describe(SignedIn.current(), sql);
            int id = statementIds.incrementAndGet();
            open(connection, id, new ClientStatement(sql, maxRowCount));
            return new StatementHandle(ch.id, id, ResultFrames.signature(columns, sql));
        });
    }

    @Override
    @SuppressWarnings("deprecation")
    public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount, PrepareCallback callback)
            throws NoSuchStatementException {
        return prepareAndExecute(h, sql, maxRowCount, -1, callback);
    }

    @Override
    public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount, int maxRowsInFirstFrame,
                                           PrepareCallback callback) throws NoSuchStatementException {
        ClientStatement statement = statement(h);
        return guard(() -> run(h, statement, sql, maxRowCount, maxRowsInFirstFrame));
    }

    @Override
    @SuppressWarnings("deprecation")
    public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, long maxRowCount) throws NoSuchStatementException {
        return execute(h, parameterValues, -1);
    }

    @Override
    public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
            throws NoSuchStatementException {
        ClientStatement statement = statement(h);
        return guard(() -> {
            if (statement.sql() == null) {
                throw ClientErrors.refused("execute a prepared statement; this one was not prepared");
            }
            if (parameterValues != null && !parameterValues.isEmpty()) {
                throw gates.refuse(SignedIn.current(), statement.sql(), "the gate takes no ? parameters; write the values into the query");
            }
            return run(h, statement, statement.sql(), statement.maxRowCount(), maxRowsInFirstFrame);
        });
    }

    /** One statement through the gate, its rows kept for fetch, the first frame with the answer. */
    private ExecuteResult run(StatementHandle h, ClientStatement statement, String sql, long maxRowCount, int maxRowsInFirstFrame) {
        // JDBC's maxRows: -1 no limit of the client's, else at most that many; never more than the server's cap
        int limit = maxRowCount > 0 ? (int) Math.min(maxRowCount, maxRows) : maxRows;
        SignedIn user = SignedIn.current();
        statement.result(null);
        long held = heldRows(user.name());
        if (held >= (long) HELD_RESULTS * maxRows) {
            throw gates.refuse(user, sql, "your open result sets hold " + held + " unread rows, the most a user may; read them to the end"
                    + " or close them");
        }
        ResultTable result = gates.query(user, sql, limit);
        Frame first = ResultFrames.frame(result, 0, maxRowsInFirstFrame);
        statement.result(first.done ? null : result);
        Signature signature = ResultFrames.signature(result, sql);
        return new ExecuteResult(List.of(MetaResultSet.create(h.connectionId, h.id, false, signature, first)));
    }

    /** The rows the user's statements hold for fetching, over all their connections. */
    private long heldRows(String user) {
        long held = 0;
        for (ClientConnection connection : connections.values()) {
            if (connection.owner().equals(user)) {
                held += connection.statements().values().stream().mapToLong(ClientStatement::heldRows).sum();
            }
        }
        return held;
    }

    @Override
    public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount) throws NoSuchStatementException, MissingResultsException {
        ClientStatement statement = statement(h);
        ResultTable result = statement.result();
        if (result == null) {
            throw new MissingResultsException(h);
        }
        return guard(() -> {
            Frame frame = ResultFrames.frame(result, offset, fetchMaxRowCount);
            if (frame.done) {
                statement.result(null);
            }
            return frame;
        });
    }

    @Override
    public boolean syncResults(StatementHandle sh, QueryState state, long offset) throws NoSuchStatementException {
        ResultTable result = statement(sh).result();
        return result != null && offset < result.rows().size();
    }

    @Override
    public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h, List<String> sqlCommands) throws NoSuchStatementException {
        statement(h);
        throw errors.of(gates.refuse(SignedIn.current(), String.join(";\n", sqlCommands), "the gate takes one read-only query at a time, not batches"));
    }

    @Override
    public ExecuteBatchResult executeBatch(StatementHandle h, List<List<TypedValue>> parameterValues) throws NoSuchStatementException {
        ClientStatement statement = statement(h);
        throw errors.of(gates.refuse(SignedIn.current(), statement.sql(), "the gate takes one read-only query at a time, not batches"));
    }

    @Override
    public Iterable<Object> createIterable(StatementHandle stmt, QueryState state, Signature signature, List<TypedValue> parameters,
                                           Frame firstFrame) {
        throw new UnsupportedOperationException("a server hands out frames, it does not iterate");
    }

    // metadata

    @Override
    public MetaResultSet getTables(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat tableNamePattern, List<String> typeList) {
        return guard(() -> result(ch, catalog.tables(tables(ch), schemaPattern, tableNamePattern, typeList)));
    }

    @Override
    public MetaResultSet getColumns(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat tableNamePattern,
                                    Pat columnNamePattern) {
        return guard(() -> result(ch, catalog.columns(tables(ch), schemaPattern, tableNamePattern, columnNamePattern)));
    }

    @Override
    public MetaResultSet getSchemas(ConnectionHandle ch, String catalogName, Pat schemaPattern) {
        return guard(() -> result(ch, catalog.schemas(tables(ch), schemaPattern)));
    }

    @Override
    public MetaResultSet getCatalogs(ConnectionHandle ch) {
        return empty(ch, MetaImpl.MetaCatalog.class);
    }

    @Override
    public MetaResultSet getTableTypes(ConnectionHandle ch) {
        return guard(() -> result(ch, catalog.tableTypes()));
    }

    @Override
    public MetaResultSet getProcedures(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat procedureNamePattern) {
        return empty(ch, MetaImpl.MetaProcedure.class);
    }

    @Override
    public MetaResultSet getProcedureColumns(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat procedureNamePattern,
                                             Pat columnNamePattern) {
        return empty(ch, MetaImpl.MetaProcedureColumn.class);
    }

    @Override
    public MetaResultSet getColumnPrivileges(ConnectionHandle ch, String catalogName, String schema, String table, Pat columnNamePattern) {
        return empty(ch, MetaImpl.MetaColumnPrivilege.class);
    }

    @Override
    public MetaResultSet getTablePrivileges(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat tableNamePattern) {
        return empty(ch, MetaImpl.MetaTablePrivilege.class);
    }

    @Override
    public MetaResultSet getBestRowIdentifier(ConnectionHandle ch, String catalogName, String schema, String table, int scope,
                                              boolean nullable) {
        return empty(ch, MetaImpl.MetaBestRowIdentifier.class);
    }

    @Override
    public MetaResultSet getVersionColumns(ConnectionHandle ch, String catalogName, String schema, String table) {
        return empty(ch, MetaImpl.MetaVersionColumn.class);
    }

    @Override
    public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalogName, String schema, String table) {
        return empty(ch, MetaImpl.MetaPrimaryKey.class);
    }

    @Override
    public MetaResultSet getImportedKeys(ConnectionHandle ch, String catalogName, String schema, String table) {
        return empty(ch, MetaImpl.MetaImportedKey.class);
    }

    @Override
    public MetaResultSet getExportedKeys(ConnectionHandle ch, String catalogName, String schema, String table) {
        return empty(ch, MetaImpl.MetaExportedKey.class);
    }

    @Override
    public MetaResultSet getCrossReference(ConnectionHandle ch, String parentCatalog, String parentSchema, String parentTable,
                                           String foreignCatalog, String foreignSchema, String foreignTable) {
        return empty(ch, MetaImpl.MetaCrossReference.class);
    }

    @Override
    public MetaResultSet getTypeInfo(ConnectionHandle ch) {
        return empty(ch, MetaImpl.MetaTypeInfo.class);
    }

    @Override
    public MetaResultSet getIndexInfo(ConnectionHandle ch, String catalogName, String schema, String table, boolean unique,
                                      boolean approximate) {
        return empty(ch, MetaImpl.MetaIndexInfo.class);
    }

    @Override
    public MetaResultSet getUDTs(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat typeNamePattern, int[] types) {
        return empty(ch, MetaImpl.MetaUdt.class);
    }

    @Override
    public MetaResultSet getSuperTypes(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat typeNamePattern) {
        return empty(ch, MetaImpl.MetaSuperType.class);
    }

    @Override
    public MetaResultSet getSuperTables(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat tableNamePattern) {
        return empty(ch, MetaImpl.MetaSuperTable.class);
    }

    @Override
    public MetaResultSet getAttributes(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat typeNamePattern,
                                      Pat attributeNamePattern) {
        return empty(ch, MetaImpl.MetaAttribute.class);
    }

    @Override
    public MetaResultSet getClientInfoProperties(ConnectionHandle ch) {
        return empty(ch, MetaImpl.MetaClientInfoProperty.class);
    }

    @Override
    public MetaResultSet getFunctions(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat functionNamePattern) {
        return empty(ch, MetaImpl.MetaFunction.class);
    }

    @Override
    public MetaResultSet getFunctionColumns(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat functionNamePattern,
                                            Pat columnNamePattern) {
        return empty(ch, MetaImpl.MetaFunctionColumn.class);
    }

    @Override
    public MetaResultSet getPseudoColumns(ConnectionHandle ch, String catalogName, Pat schemaPattern, Pat tableNamePattern,
                                          Pat columnNamePattern) {
        return empty(ch, MetaImpl.MetaPseudoColumn.class);
    }

    private List<PublishedTable> tables(ConnectionHandle ch) {
        connection(ch.id);
        return gates.tables(SignedIn.current());
    }

    private MetaResultSet empty(ConnectionHandle ch, Class<?> rowClass) {
        return guard(() -> result(ch, CatalogRows.empty(rowClass)));
    }

    /** A metadata result: all its rows in the first frame, under a statement of its own that the client closes with it. */
    private MetaResultSet result(ConnectionHandle ch, CatalogRows.Rows rows) {
        ClientConnection connection = connection(ch.id);
        int id = statementIds.incrementAndGet();
        open(connection, id, new ClientStatement(null, -1));
        Signature signature = new Signature(rows.columns(), "", List.of(), null, CursorFactory.LIST, StatementType.SELECT);
        return MetaResultSet.create(ch.id, id, true, signature, Frame.create(0, true, rows.rows()));
    }

    private static void open(ClientConnection connection, int id, ClientStatement statement) {
        if (connection.statements().size() >= MAX_STATEMENTS) {
            throw ClientErrors.refused("this connection has " + MAX_STATEMENTS + " statements open, the most a connection may; close some");
        }
        connection.statements().put(id, statement);
    }

    // ownership

    /** The connection, when it is the signed-in user's; to anyone else it does not exist. */
    private ClientConnection connection(String id) {
        ClientConnection connection = id == null ? null : connections.get(id);
        if (connection == null || !connection.owner().equals(SignedIn.current().name())) {
            throw ClientErrors.noConnection(id);
        }
        connection.touch();
        return connection;
    }

    private ClientStatement statement(StatementHandle h) throws NoSuchStatementException {
        ClientStatement statement = guard(() -> connection(h.connectionId)).statements().get(h.id);
        if (statement == null) {
            throw new NoSuchStatementException(h);
        }
        return statement;
    }

    private <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw errors.of(e);
        }
    }
}
