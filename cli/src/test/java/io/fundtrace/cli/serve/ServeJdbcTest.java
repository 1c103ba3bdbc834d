package io.fundtrace.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.cli.users.UserAccount;
import io.fundtrace.cli.users.UsersFile;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.PublishedTable;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaSqlException;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.remote.ProtobufTranslation;
import org.apache.calcite.avatica.remote.ProtobufTranslationImpl;
import org.apache.calcite.avatica.remote.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fundtrace serve through a real JDBC client (Avatica's remote driver) on 127.0.0.1: each role gets
 * exactly what the gate gives it, sign-in is required and checked, the gate's attack corpus is refused
 * or masked through JDBC too, JDBC's own ways around a read-only query are closed, a connection is its
 * user's only, and every statement lands in the query log with its user.
 */
final class ServeJdbcTest {
    private static final Path ATTACKS = Path.of("").toAbsolutePath().getParent().resolve("warehouse/src/test/resources/gate/attacks.txt");
    /** An ID number or a bank account as the data holds them unmasked: 15 digits or more. */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{15,}[0-9X]?");
    /** The users of this test, name -> role (a leading '-': disabled). */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("li", "leader");
        USERS.put("ka", "region:653100");
        USERS.put("nong", "department:农业处");
        USERS.put("yu", "department:预算处");
        USERS.put("ping", "evaluator");
        USERS.put("an", "analyst");
        USERS.put("gone", "-analyst");
        USERS.put("soon.gone", "analyst");
    }

    @TempDir
    static Path folder;
    static Path warehouse;
    static UsersFile users;
    static FundtraceServer server;
    static StringWriter serverLog = new StringWriter();

    @BeforeAll
    static void start() {
        warehouse = ServeFixture.warehouse(folder);
        users = ServeFixture.users(folder.resolve("users"), USERS);
        server = ServeFixture.start(ServeFixture.settings(warehouse, users, folder.resolve("archive"), 60), serverLog);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The notebooks' queries and a few that show masks, pseudonyms, classified totals and a refusal. */
    private static List<String> queries() throws Exception {
        List<String> queries = new ArrayList<>(ServeFixture.notebookQueries());
        assertTrue(queries.size() >= 12, "the notebooks' queries: " + queries.size());
        queries.add("SELECT payment_id, payee_id, payee_name, payee_account, payee_key, amount, pay_date FROM model.fact_payment"
                + " ORDER BY payment_id LIMIT 200");
        queries.add("SELECT fund_code, region_code, year, received, paid, balance FROM marts.ledger WHERE month IS NULL"
                + " ORDER BY fund_code, region_code, year");
        queries.add("SELECT warning_id, rule, level, region_code, fund_code, amount, payment_id, handler_id FROM marts.warnings ORDER BY warning_id");
        queries.add("SELECT count(*) AS batches FROM audit.batches");
        return queries;
    }

    @Test
    void everyRoleGetsExactlyWhatTheGateGivesIt() throws Exception {
        List<String> queries = queries();
        int compared = 0;
        for (String user : List.of("li", "ka", "nong", "ping", "an")) {
            Role role = Role.parse(USERS.get(user));
            try (Connection connection = ServeFixture.connect(server, user);
                 SqlGate gate = SqlGate.open(warehouse, role, new QueryLog(folder.resolve("direct-log.jsonl")))) {
                for (String query : queries) {
                    String expected;
                    try {
                        expected = text(gate.query(query, 50_000));
                    } catch (WarehouseException e) {
                        expected = e.getMessage();
                    }
                    String actual;
                    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                        actual = text(rows);
                    } catch (SQLException e) {
                        actual = reason(e);
                    }
                    assertEquals(expected, actual, user + " (" + role + "): " + query);
                    compared++;
                }
            }
        }
        assertEquals(5 * queries.size(), compared);
    }

    /** And what `fundtrace sql` prints: the same values, cell for cell (a query without commas or quotes in its values). */
    @Test
    void whatFundtraceSqlPrintsForTheRole() throws Exception {
        String query = "SELECT fund_code, region_code, year, paid, balance FROM marts.ledger WHERE month IS NULL AND paid <> 0"
                + " ORDER BY fund_code, region_code, year";
        for (String user : List.of("ka", "nong")) {
            StringWriter out = new StringWriter();
            String[] arguments = {"sql", "--role", USERS.get(user), "--format", "csv", "--limit", "50000", "--warehouse", warehouse.toString(),
                    query};
            assertEquals(0, Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), arguments)
                    .execute(arguments));
            List<String> printed = out.toString().replace("\uFEFF", "").lines().toList();
            List<String> served = new ArrayList<>();
            try (Connection connection = ServeFixture.connect(server, user); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(query)) {
                served.add("fund_code,region_code,year,paid,balance");
                while (rows.next()) {
                    served.add(rows.getString(1) + "," + rows.getString(2) + "," + rows.getLong(3) + "," + rows.getBigDecimal(4).toPlainString()
                            + "," + rows.getBigDecimal(5).toPlainString());
                }
            }
            assertTrue(served.size() > 10, user + ": " + served.size() + " rows");
            assertEquals(printed, served, user);
        }
    }

    @Test
    void aWrongPasswordADisabledUserAndNoCredentialsAreRefused() throws Exception {
        assertRefusedAtSignIn(() -> ServeFixture.connect(server, "an", "not the password at all"));
        assertRefusedAtSignIn(() -> ServeFixture.connect(server, "gone"));
        assertRefusedAtSignIn(() -> ServeFixture.connect(server, "nobody"));
        String anonymous = ServeFixture.url(server).replace(";authentication=BASIC", "");
        assertRefusedAtSignIn(() -> java.sql.DriverManager.getConnection(anonymous));
        // a user disabled while connected is refused at the next request (closing the connection is refused as well)
        Connection connection = ServeFixture.connect(server, "soon.gone");
        Statement statement = connection.createStatement();
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM marts.warnings")) {
            assertTrue(rows.next());
        }
        Map<String, UserAccount> accounts = users.read();
        accounts.put("soon.gone", accounts.get("soon.gone").disabled());
        users.write(new ArrayList<>(accounts.values()));
        SQLException refused = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT count(*) FROM marts.warnings"));
        assertTrue(String.valueOf(refused.getMessage()).contains("401"), refused.getMessage());
        assertThrows(SQLException.class, connection::close);
        assertTrue(serverLog.toString().contains("sign-in refused for 'an' from 127.0.0.1 (wrong password)"), serverLog.toString());
        assertTrue(serverLog.toString().contains("sign-in refused for 'gone' from 127.0.0.1 (no such enabled user)"), serverLog.toString());
        assertFalse(serverLog.toString().contains("not the password at all"), "no password in the server's log");
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    private static void assertRefusedAtSignIn(Opening opening) {
        Exception refused = assertThrows(Exception.class, () -> opening.open().close());
        assertTrue(String.valueOf(refused.getMessage()).contains("HTTP/401"), refused.getMessage());
    }

    /** The gate's attack corpus (warehouse/src/test/resources/gate/attacks.txt), through JDBC, as an analyst, a 处室 and an evaluator (its bombs as the analyst). */
    @Test
    void theGatesAttackCorpusIsRefusedOrMaskedThroughJdbc() throws Exception {
        Set<String> identities = new TreeSet<>();
        try (SqlGate pfo = SqlGate.open(warehouse, Role.parse("pfo"), new QueryLog(folder.resolve("direct-log.jsonl")))) {
            for (List<Object> row : pfo.query("SELECT DISTINCT payee_id, payee_account FROM model.fact_payment", 1_000_000).rows()) {
                row.stream().filter(value -> value != null).forEach(value -> identities.add(value.toString()));
            }
        }
        assertTrue(identities.size() > 100, "payee identities of the drop: " + identities.size());
        List<String> failures = new ArrayList<>();
        try (FundtraceServer quick = ServeFixture.start(ServeFixture.settings(warehouse, users, folder.resolve("archive"), 3), new StringWriter())) {
            for (String user : List.of("an", "yu", "ping")) {
                Role role = Role.parse(USERS.get(user));
                try (Connection connection = ServeFixture.connect(quick, user);
                     SqlGate gate = SqlGate.open(warehouse, role, new QueryLog(folder.resolve("direct-log.jsonl")), 3)) {
                    for (String line : Files.readAllLines(ATTACKS, StandardCharsets.UTF_8)) {
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        char mark = line.charAt(0);
                        if (mark == 'B' && !user.equals("an")) {
                            // a bomb meets the server's time and memory limits, which are not the role's: once
                            // is enough, and each costs the limit's seconds of both cores
                            continue;
                        }
                        String attack = attack(line.substring(2));
                        String shown = user + " | " + (attack.length() > 120 ? attack.substring(0, 120) + "..." : attack);
                        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(attack)) {
                            String served = text(rows);
                            if (mark != 'M') {
                                failures.add(shown + " | ran instead of being refused or stopped");
                            }
                            Matcher number = LONG_NUMBER.matcher(served);
                            while (number.find()) {
                                if (identities.contains(number.group())) {
                                    failures.add(shown + " | shows " + number.group());
                                }
                            }
                            String direct;
                            try {
                                direct = text(gate.query(attack, 50_000));
                            } catch (WarehouseException e) {
                                direct = e.getMessage();
                            }
                            if (!direct.equals(served)) {
                                failures.add(shown + " | JDBC gave other rows than the gate");
                            }
                        } catch (SQLException e) {
                            String reason = reason(e);
                            boolean expected = reason.startsWith("refused: ") || mark == 'B' && reason.startsWith("query failed: ")
                                    && (reason.contains("time limit") || reason.contains("memory"));
                            if (!expected) {
                                failures.add(shown + " | " + reason);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The corpus's notation: \n a line break, \\uXXXX a character, {TEXT*N} TEXT N times. */
    private static String attack(String line) {
        Matcher escape = Pattern.compile("\\\\(n|u[0-9a-fA-F]{4})").matcher(line);
        StringBuilder unescaped = new StringBuilder();
        while (escape.find()) {
            String code = escape.group(1);
            escape.appendReplacement(unescaped, Matcher.quoteReplacement(code.equals("n") ? "\n"
                    : String.valueOf((char) Integer.parseInt(code.substring(1), 16))));
        }
        escape.appendTail(unescaped);
        Matcher repeat = Pattern.compile("\\{(.+?)\\*(\\d+)}").matcher(unescaped.toString());
        StringBuilder repeated = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(repeated, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        return repeat.appendTail(repeated).toString();
    }

    /**
     * Unread results are held for the client: one user's may hold at most HELD_RESULTS row caps, and a
     * result read to its end or closed is let go. (Avatica's driver takes the first frame, 100 rows
     * here, with the answer; the rest waits on the server.)
     */
    @Test
    void aUsersUnreadResultsAreBounded() throws Exception {
        ServerSettings small = new ServerSettings("127.0.0.1", 0, warehouse, users, folder.resolve("archive"), 60, 200, 4, null, null,
                java.time.Duration.ofSeconds(2));
        String query = "SELECT payment_id FROM model.fact_payment ORDER BY payment_id";
        try (FundtraceServer server = ServeFixture.start(small, new StringWriter());
             Connection first = ServeFixture.connect(server, "an"); Connection second = ServeFixture.connect(server, "an");
             Connection other = ServeFixture.connect(server, "li")) {
            List<ResultSet> open = new ArrayList<>();
            for (int held = 0; held < GateMeta.HELD_RESULTS; held++) {
                ResultSet rows = (held % 2 == 0 ? first : second).createStatement().executeQuery(query);
                assertTrue(rows.next());
                open.add(rows);
            }
            Statement more = first.createStatement();
            String refused = reason(assertThrows(SQLException.class, () -> more.executeQuery(query)));
            assertEquals("refused: your open result sets hold 800 unread rows, the most a user may; read them to the end or close them", refused);
            try (Statement statement = other.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                assertTrue(rows.next(), "another user is not held up");
            }
            int read = 1;
            while (open.get(0).next()) {
                read++;
            }
            assertEquals(200, read, "the row cap, in two frames");
            ResultSet again = more.executeQuery(query);
            assertTrue(again.next(), "a result read to its end is let go");
            Statement third = first.createStatement();
            assertTrue(reason(assertThrows(SQLException.class, () -> third.executeQuery(query))).startsWith("refused: "), "800 rows held again");
            open.get(1).getStatement().close();
            try (ResultSet rows = third.executeQuery(query)) {
                assertTrue(rows.next(), "and so is a closed one");
            }
        }
    }

    @Test
    void theStatementTimeoutStopsARunawayQueryAndTheServerKeepsServing() throws Exception {
        try (FundtraceServer quick = ServeFixture.start(ServeFixture.settings(warehouse, users, folder.resolve("archive"), 3), new StringWriter());
             Connection connection = ServeFixture.connect(quick, "an")) {
            long start = System.nanoTime();
            SQLException stopped = assertThrows(SQLException.class, () -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT count(*) FROM model.fact_payment a, model.fact_payment b,"
                             + " model.fact_payment c, model.fact_payment d")) {
                    rows.next();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            // Which of the gate's limits stops it first depends on the machine: on a loaded one the 3 s
            // time limit, on a quiet fast one DuckDB may reach the session's memory cap before that. Either
            // way the gate stops it with its own reason, and soon.
            String reason = reason(stopped);
            if (reason.startsWith("query failed: stopped at the time limit")) {
                assertEquals("query failed: stopped at the time limit of 3 s", reason);
                assertEquals("57014", stopped.getSQLState());
            } else {
                assertTrue(reason.startsWith("query failed: the query needs more memory than a gated session has"), reason);
            }
            assertTrue(seconds < 15, "stopped after " + seconds + " s");
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM marts.warnings")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "the same connection goes on");
            }
            try (Connection other = ServeFixture.connect(quick, "li"); Statement statement = other.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM model.fact_payment")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "and so do others");
            }
        }
    }

    @Test
    void metadataShowsOnlyWhatTheRoleMayReadWithTheDictionarysDescriptions() throws Exception {
        for (String user : List.of("ping", "li", "ka")) {
            Role role = Role.parse(USERS.get(user));
            List<String> expected;
            try (SqlGate gate = SqlGate.open(warehouse, role, new QueryLog(folder.resolve("direct-log.jsonl")))) {
                expected = gate.tables().stream().map(PublishedTable::qualifiedName).toList();
            }
            try (Connection connection = ServeFixture.connect(server, user)) {
                DatabaseMetaData metadata = connection.getMetaData();
                List<String> tables = new ArrayList<>();
                Map<String, String> remarks = new LinkedHashMap<>();
                try (ResultSet rows = metadata.getTables(null, null, "%", null)) {
                    while (rows.next()) {
                        String name = rows.getString("TABLE_SCHEM") + "." + rows.getString("TABLE_NAME");
                        tables.add(name);
                        remarks.put(name, rows.getString("REMARKS"));
                        assertEquals("TABLE", rows.getString("TABLE_TYPE"));
                    }
                }
                assertEquals(expected, tables, user);
                assertTrue(remarks.get("marts.ledger").startsWith("资金总台账") && remarks.get("marts.ledger").contains("(Master ledger"),
                        remarks.get("marts.ledger"));
                List<String> schemas = new ArrayList<>();
                try (ResultSet rows = metadata.getSchemas()) {
                    while (rows.next()) {
                        schemas.add(rows.getString("TABLE_SCHEM"));
                    }
                }
                assertEquals(role.kind() == Role.Kind.LEADER ? List.of("audit", "marts", "model", "quarantine") : List.of("marts", "model"),
                        schemas, user);
                Map<String, Integer> columns = new LinkedHashMap<>();
                try (ResultSet rows = metadata.getColumns(null, "marts", "warnings", "%")) {
                    while (rows.next()) {
                        columns.put(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"));
                        if (rows.getString("COLUMN_NAME").equals("amount")) {
                            assertEquals("DECIMAL(18,2)", rows.getString("TYPE_NAME"));
                            assertEquals(2, rows.getInt("DECIMAL_DIGITS"));
                            assertTrue(rows.getString("REMARKS").contains("金额"), rows.getString("REMARKS"));
                        }
                    }
                }
                assertEquals(java.sql.Types.DECIMAL, columns.get("amount"));
                assertEquals(java.sql.Types.DATE, columns.get("as_of"));
                try (ResultSet rows = metadata.getTables(null, "clean", "%", null)) {
                    assertFalse(rows.next(), "the clean layer is never shown");
                }
                try (ResultSet rows = metadata.getPrimaryKeys(null, "marts", "warnings")) {
                    assertFalse(rows.next());
                }
            }
        }
        try (Connection connection = ServeFixture.connect(server, "ping"); ResultSet rows = connection.getMetaData().getTables(null, "model",
                "fact_payment", null)) {
            assertFalse(rows.next(), "an evaluator is not shown the payments");
        }
    }

    @Test
    void jdbcsOwnWaysToWriteOrBindAreRefused() throws Exception {
        try (Connection connection = ServeFixture.connect(server, "li"); Statement statement = connection.createStatement()) {
            assertTrue(reason(assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM marts.warnings"))).startsWith("refused: "));
            statement.addBatch("DELETE FROM marts.warnings");
            statement.addBatch("DROP TABLE marts.ledger");
            // Avatica's driver throws its own runtime exception here, with the server's reason
            assertTrue(assertThrows(RuntimeException.class, statement::executeBatch).getMessage().contains("not batches"));
            String parameter = reason(assertThrows(SQLException.class,
                    () -> connection.prepareStatement("SELECT * FROM marts.warnings WHERE region_code = ?")));
            assertTrue(parameter.startsWith("refused: "), parameter);
            connection.setReadOnly(false);
            connection.setAutoCommit(false);
            assertTrue(reason(assertThrows(SQLException.class,
                    () -> statement.executeQuery("INSERT INTO marts.warnings SELECT * FROM marts.warnings"))).startsWith("refused: "));
            connection.commit();
            try (PreparedStatement prepared = connection.prepareStatement("SELECT warning_id, amount FROM marts.warnings ORDER BY warning_id");
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM marts.warnings")) {
                ResultSetMetaData columns = prepared.getMetaData();
                assertEquals("amount", columns.getColumnLabel(2));
                assertEquals(java.sql.Types.DECIMAL, columns.getColumnType(2));
                assertTrue(count.next());
                try (ResultSet rows = prepared.executeQuery()) {
                    long read = 0;
                    while (rows.next()) {
                        assertInstanceOf(BigDecimal.class, rows.getObject(2));
                        read++;
                    }
                    assertEquals(count.getLong(1), read);
                }
            }
            statement.setMaxRows(7);
            statement.setFetchSize(3);
            try (ResultSet rows = statement.executeQuery("SELECT warning_id FROM marts.warnings ORDER BY warning_id")) {
                int count = 0;
                while (rows.next()) {
                    count++;
                }
                assertEquals(7, count, "fetched in frames of 3");
            }
        }
    }

    /** A connection id is the client's to choose, not a key: another signed-in user naming it finds nothing. */
    @Test
    void aConnectionIsItsUsersOnly() throws Exception {
        try (Connection connection = ServeFixture.connect(server, "li"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT payee_id FROM model.fact_payment ORDER BY payment_id")) {
            assertTrue(rows.next());
            String connectionId = ((AvaticaConnection) connection).id;
            int statementId = ((AvaticaStatement) statement).getId();
            for (Service.Request request : List.of(new Service.CreateStatementRequest(connectionId),
                    new Service.PrepareAndExecuteRequest(connectionId, statementId, "SELECT * FROM model.fact_payment", -1),
                    new Service.FetchRequest(connectionId, statementId, 0, 100), new Service.CloseConnectionRequest(connectionId))) {
                Service.Response response = post("ka", request);
                assertInstanceOf(Service.ErrorResponse.class, response, request.getClass().getSimpleName());
                Service.ErrorResponse error = (Service.ErrorResponse) response;
                assertEquals("no connection " + connectionId, error.errorMessage, error.exceptions + " " + error.errorCode + " " + error.sqlState);
                assertFalse(String.join("", error.exceptions).contains("\tat "), "no stack trace of the server: " + error.exceptions);
            }
            assertTrue(rows.next(), "the owner's connection is untouched");
        }
    }

    private static Service.Response post(String user, Service.Request request) throws Exception {
        ProtobufTranslation translation = new ProtobufTranslationImpl();
        String credentials = Base64.getEncoder().encodeToString((user + ":" + ServeFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "/"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(translation.serializeRequest(request))).build(), HttpResponse.BodyHandlers.ofByteArray());
        return translation.parseResponse(response.body());
    }

    @Test
    void theQueryLogRecordsTheUserRoleStatementRowsTimeAndOutcome() throws Exception {
        String query = "SELECT rule, count(*) AS n FROM marts.warnings GROUP BY rule ORDER BY rule /* logged */";
        int rows;
        try (Connection connection = ServeFixture.connect(server, "nong"); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            rows = 0;
            while (result.next()) {
                rows++;
            }
            assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM clean.payments /* logged */"));
        }
        List<String> lines = Files.readAllLines(warehouse.resolveSibling(QueryLog.FILE_NAME)).stream().filter(line -> line.contains("logged")).toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("\\{\"time\":\"[0-9T:.-]+Z\",\"user\":\"nong\",\"role\":\"department:农业处\",\"outcome\":\"accepted\","
                + "\"rows\":" + rows + ",\"millis\":[0-9]+,\"message\":\"\",\"query\":\".*\"}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"user\":\"nong\"") && lines.get(1).contains("\"outcome\":\"refused\""), lines.get(1));
    }

    /** Rows as text, one line each, with their column labels first: what two readers must agree on. */
    private static String text(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.add(meta.getColumnLabel(column));
        }
        StringBuilder text = new StringBuilder(String.join("|", columns)).append('\n');
        while (rows.next()) {
            List<String> cells = new ArrayList<>();
            for (int column = 1; column <= columns.size(); column++) {
                cells.add(cell(rows.getObject(column)));
            }
            text.append(String.join("|", cells)).append('\n');
        }
        return text.toString();
    }

    private static String text(ResultTable table) {
        StringBuilder text = new StringBuilder(String.join("|", table.columns())).append('\n');
        for (List<Object> row : table.rows()) {
            text.append(String.join("|", row.stream().map(ServeJdbcTest::cell).toList())).append('\n');
        }
        return text.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "<null>";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        return value.toString();
    }

    /** The server's one-line reason inside the Avatica driver's message (or its cause's: a failed prepare says it there). */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            int remote = message.indexOf("Remote driver error: ");
            if (remote >= 0) {
                return message.substring(remote + "Remote driver error: ".length()).strip();
            }
            if (message.startsWith("refused: ") || message.startsWith("query failed: ")) {
                return message;
            }
            if (cause instanceof AvaticaSqlException avatica) {
                // a failed prepare: Avatica's driver keeps the server's exception, with its message, only here
                for (String server : avatica.getStackTraces()) {
                    Matcher reason = Pattern.compile("(refused: |query failed: )[^\n]*").matcher(server);
                    if (reason.find()) {
                        return reason.group();
                    }
                }
            }
        }
        return String.valueOf(e.getMessage());
    }
}
