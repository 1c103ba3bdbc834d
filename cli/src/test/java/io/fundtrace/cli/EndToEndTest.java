package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.PublishedColumn;
import io.fundtrace.warehouse.gate.PublishedTable;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a generated drop, checked against the generator's keys, which are written
 * from what was planted: quarantine = dirty_key.csv, clean counts = drop_manifest.csv, warnings =
 * answer_key.csv row for row, and the same drop in GB18030 with Chinese headers loads identically.
 */
final class EndToEndTest {
    private static final List<String> TRANSACTION_ENTITIES = List.of("indicators", "projects", "allocations",
            "performance_targets", "performance_actuals", "treasury_transfers", "payments", "rectifications", "funds");
    private static final String KEY_COLUMNS = "rule, level, fiscal_year, fund_code, region_code, project_id, "
            + "indicator_id, payment_id, amount, days, reason";

    @TempDir
    static Path folder;
    static Path english;
    static Path chinese;
    static LocalDate lastDate;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        english = folder.resolve("drop-en");
        chinese = folder.resolve("drop-zh");
        new SyntheticDrop(new GeneratorOptions(7, 0.05, 2018, 2020, "utf-8", "en", 0.02)).writeTo(english);
        new SyntheticDrop(new GeneratorOptions(7, 0.05, 2018, 2020, "gbk", "zh", 0.02)).writeTo(chinese);
        lastDate = LocalDate.parse(keyValues(SyntheticDrop.keyFile(english, "drop_info.csv")).get("last_event_date"));
        for (Path drop : List.of(english, chinese)) {
            try (Warehouse warehouse = Warehouse.open(warehouseOf(drop))) {
                new Ingest().ingest(warehouse, drop, lastDate);
                new MartRunner(warehouse).build(null);
            }
        }
    }

    @Test
    void quarantineEqualsTheDirtyKey() throws Exception {
        List<String> expected = csvRows(SyntheticDrop.keyFile(english, "dirty_key.csv"), "file", "line", "rule");
        List<String> actual = query(english, "SELECT source_file, source_line, rule FROM quarantine.rows "
                + "WHERE released_batch_id IS NULL");
        assertTrue(expected.size() > 100, "the dirty drop plants malformed rows");
        assertEquals(sorted(expected), sorted(actual));
    }

    @Test
    void cleanCountsEqualTheGeneratorsCounts() throws Exception {
        List<String> manifest = Files.readAllLines(SyntheticDrop.keyFile(english, "drop_manifest.csv"), StandardCharsets.UTF_8);
        for (String line : manifest.subList(1, manifest.size())) {
            String[] cells = line.split(",");
            if (!TRANSACTION_ENTITIES.contains(cells[1])) {
                continue;
            }
            List<String> count = query(english, "SELECT count(*) FROM clean." + cells[1]
                    + " WHERE source_file = '" + cells[0] + "' AND batch_id = (SELECT max(batch_id) FROM audit.batches)");
            assertEquals(cells[3], count.get(0), cells[0]);
        }
    }

    @Test
    void warningsEqualTheAnswerKeyRowForRow() throws Exception {
        List<String> expected = csvRows(SyntheticDrop.keyFile(english, "answer_key.csv"), KEY_COLUMNS.split(", "));
        List<String> actual = query(english, "SELECT " + KEY_COLUMNS + " FROM marts.warnings");
        assertTrue(expected.size() >= 13 * 3, "every rule planted at least three times");
        assertEquals(sorted(expected), sorted(actual));
        assertEquals(List.of(lastDate.toString()), query(english, "SELECT DISTINCT as_of FROM marts.warnings"));
    }

    @Test
    void gbkWithChineseHeadersLoadsIdenticalCleanTables() throws Exception {
        for (String entity : TRANSACTION_ENTITIES) {
            String select = "SELECT * FROM clean." + entity;
            assertEquals(sorted(withoutBatch(english, select)), sorted(withoutBatch(chinese, select)), entity);
        }
        assertEquals(sorted(query(english, "SELECT " + KEY_COLUMNS + " FROM marts.warnings")),
                sorted(query(chinese, "SELECT " + KEY_COLUMNS + " FROM marts.warnings")));
    }

    /** The gate publishes the real marts, and the data dictionary describes every column of them. */
    @Test
    void theDataDictionaryCoversEveryPublishedColumnOfTheRealMarts() {
        DataDictionary dictionary = DataDictionary.load();
        List<String> missing = new ArrayList<>();
        int tables = 0;
        try (SqlGate gate = SqlGate.open(warehouseOf(english), Role.parse("pfo"), new QueryLog(folder.resolve("query-log.jsonl")))) {
            for (PublishedTable table : gate.tables()) {
                tables++;
                for (PublishedColumn column : table.columns()) {
                    if (dictionary.column(table.schema(), table.name(), column.name()).isEmpty()) {
                        missing.add(table.qualifiedName() + "." + column.name());
                    }
                }
            }
        }
        assertTrue(tables >= 20, "published tables: " + tables);
        assertEquals(List.of(), missing);
    }

    /** No published table, free-text columns included, shows an analyst a real payee ID or account. */
    @Test
    void noPublishedCellShowsAnAnalystARealPayeeIdOrAccount() throws Exception {
        java.util.Set<String> secrets = new java.util.HashSet<>(query(english,
                "SELECT DISTINCT payee_id FROM clean.payments UNION SELECT DISTINCT payee_account FROM clean.payments "
                        + "WHERE payee_account IS NOT NULL"));
        secrets.remove("");
        List<String> leaks = new ArrayList<>();
        long cells = 0;
        try (SqlGate gate = SqlGate.open(warehouseOf(english), Role.parse("analyst"), new QueryLog(folder.resolve("query-log.jsonl")))) {
            for (PublishedTable table : gate.tables()) {
                // quoted: ROWS (quarantine.rows, which an analyst reads) is a keyword of the gate's SQL
                String name = "\"" + table.schema() + "\".\"" + table.name() + "\"";
                for (List<Object> row : gate.query("SELECT * FROM " + name, 10_000_000).rows()) {
                    for (Object cell : row) {
                        cells++;
                        for (String token : String.valueOf(cell).split("[;:|, ]")) {
                            if (secrets.contains(token)) {
                                leaks.add(table.qualifiedName() + ": " + cell);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(secrets.size() > 1000 && cells > 100_000, "secrets " + secrets.size() + ", cells " + cells);
        assertEquals(List.of(), leaks.subList(0, Math.min(5, leaks.size())));
    }

    private static Path warehouseOf(Path drop) {
        return drop.resolveSibling(drop.getFileName() + ".duckdb");
    }

    private static List<String> withoutBatch(Path drop, String select) throws SQLException {
        return rows(drop, select, "batch_id");
    }

    private static List<String> query(Path drop, String select) throws SQLException {
        return rows(drop, select, null);
    }

    private static List<String> rows(Path drop, String select, String skippedColumn) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(warehouseOf(drop));
             Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery(select)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (meta.getColumnName(i).equalsIgnoreCase(String.valueOf(skippedColumn))) {
                        continue;
                    }
                    String value = result.getString(i);
                    cells.add(value == null ? "" : value);
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    static List<String> csvRows(Path file, String... columns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            List<String> picked = new ArrayList<>();
            for (String column : columns) {
                picked.add(cells[header.indexOf(column)]);
            }
            out.add(String.join("|", picked));
        }
        return out;
    }

    private static Map<String, String> keyValues(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", 2);
            out.put(cells[0], cells.length > 1 ? cells[1] : "");
        }
        return out;
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        Collections.sort(copy);
        return copy;
    }
}
