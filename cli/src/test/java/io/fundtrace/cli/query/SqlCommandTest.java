package io.fundtrace.cli.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqlCommandTest {
    @TempDir
    Path folder;
    Path warehouse;

    @BeforeEach
    void build() throws Exception {
        warehouse = folder.resolve("data/warehouse.duckdb");
        try (Warehouse w = Warehouse.open(warehouse); Statement s = w.connection().createStatement()) {
            s.execute("INSERT INTO clean.regions VALUES ('650000', '新疆维吾尔自治区', 'province', NULL, 1, 'r.csv', 2),"
                    + " ('653121', '疏附县', 'county', '650000', 1, 'r.csv', 3)");
            s.execute("INSERT INTO clean.departments VALUES ('预算处', 'Budget Division', 'D02', 1, 'd.csv', 2)");
            s.execute("INSERT INTO clean.funds VALUES ('C01', '重点生态功能区转移支付', 'central', '预算处', false, 'default', 1, 'f.csv', 2)");
            s.execute("INSERT INTO clean.payments VALUES ('PAY1', DATE '2018-04-01', '653121', NULL, 'I1', NULL, 'C01', '2130', '310',"
                    + " 'person', '653121198001011234', '张三丰', '6228480012345678', '劳务, 补助', 3000.00, NULL, NULL, NULL, 1, 'p.csv', 2)");
        }
    }

    private String[] run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] prefix = {"sql", "--warehouse", warehouse.toString()};
        String[] all = new String[prefix.length + arguments.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(arguments, 0, all, prefix.length, arguments.length);
        int code = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void printsAMaskedTable() {
        String[] result = run("SELECT payment_id, payee_id, payee_name, amount FROM model.fact_payment");
        assertEquals("0", result[0], result[2]);
        assertEquals("payment_id | payee_id           | payee_name | amount\n"
                + "-----------+--------------------+------------+--------\n"
                + "PAY1       | 6531**********1234 | 张**       | 3000.00\n"
                + "(1 row)\n", result[1].replace("\r\n", "\n"));
    }

    @Test
    void printsCsvForExcelAndJson() {
        String[] csv = run("--format", "csv", "SELECT payment_id, purpose, amount FROM model.fact_payment");
        assertEquals("\uFEFFpayment_id,purpose,amount\r\nPAY1,\"劳务, 补助\",3000.00\r\n", csv[1]);
        String[] json = run("--format", "json", "--role", "pfo", "SELECT payee_id, amount, pay_date FROM model.fact_payment");
        assertEquals("[\n  {\"payee_id\": \"653121198001011234\", \"amount\": 3000.00, \"pay_date\": \"2018-04-01\"}\n]\n",
                json[1].replace("\r\n", "\n"));
    }

    /** The case: a formula in the data or in the query comes out as text in a spreadsheet; negative amounts stay numbers. */
    @Test
    void csvNeutralisesFormulasAndKeepsNegativeAmounts() {
        String[] csv = run("--format", "csv", "SELECT '=cmd|'' /C calc''!A0' AS cell, amount - 5000 AS amount, '-' || payment_id AS t"
                + " FROM model.fact_payment");
        assertEquals("0", csv[0], csv[2]);
        assertEquals("\uFEFFcell,amount,t\r\n'=cmd|' /C calc'!A0,-2000.00,'-PAY1\r\n", csv[1]);
    }

    @Test
    void refusesInOneLineAndLogsBesideTheWarehouse() throws Exception {
        String[] result = run("DROP", "TABLE", "clean.payments");
        assertEquals("1", result[0]);
        assertTrue(result[2].startsWith("fundtrace: refused: ") && result[2].strip().lines().count() == 1, result[2]);
        String log = Files.readString(folder.resolve("data").resolve(QueryLog.FILE_NAME));
        assertTrue(log.contains("\"outcome\":\"refused\"") && log.contains("DROP TABLE clean.payments"), log);
    }

    @Test
    void listsTablesAndColumnsWithTheirDescriptions() {
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), new QueryLog(folder.resolve("log.jsonl")))) {
            TableListing listing = new TableListing(gate.tables(), DataDictionary.load());
            ResultTable tables = listing.tables();
            assertTrue(tables.rows().stream().anyMatch(row -> row.get(0).equals("model.fact_payment")
                    && row.get(1).toString().contains("支付明细")));
            ResultTable columns = listing.columns("fact_payment");
            assertTrue(columns.rows().stream().anyMatch(row -> row.get(0).equals("payee_key")
                    && !row.get(2).toString().isEmpty() && !row.get(3).toString().isEmpty()));
        }
    }
}
