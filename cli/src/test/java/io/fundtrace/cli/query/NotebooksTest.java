package io.fundtrace.cli.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.reports.notebook.NotebookOutput;
import io.fundtrace.reports.notebook.NotebookRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every notebook of notebooks/ runs through the gate against a generated warehouse and renders. */
final class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of("").toAbsolutePath().getParent().resolve("notebooks");
    private static final Pattern RESULT_TABLE = Pattern.compile("<table class=\"result\" id=\"cell-(\\d+)\">(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");
    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");

    @TempDir
    static Path folder;
    static Path warehouse;
    static Path keyFile;
    /** region_code -> prefecture_code, from the unfiltered dimension. */
    static Map<String, String> prefectureOf = new TreeMap<>();

    @BeforeAll
    static void generateLoadAndBuild() throws IOException {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.02, 2018, 2020, "utf-8", "en", 0)).writeTo(drop);
        LocalDate lastDate = null;
        for (String line : Files.readAllLines(SyntheticDrop.keyFile(drop, "drop_info.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("last_event_date,")) {
                lastDate = LocalDate.parse(line.substring(line.indexOf(',') + 1).trim());
            }
        }
        warehouse = folder.resolve("warehouse.duckdb");
        keyFile = PayeeKeyring.defaultPath();
        try (Warehouse opened = Warehouse.open(warehouse)) {
            new Ingest().ingest(opened, drop, lastDate);
            new MartRunner(opened).build(null);
        }
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("pfo"), keyFile, QueryLog.besideWarehouse(warehouse))) {
            for (List<Object> row : gate.query("SELECT region_code, prefecture_code FROM model.dim_region", 10_000).rows()) {
                prefectureOf.put(String.valueOf(row.get(0)), row.get(1) == null ? "" : String.valueOf(row.get(1)));
            }
        }
    }

    @Test
    void everyNotebookRendersEachCellsTableAndItsCharts() throws IOException {
        List<Path> notebooks = notebooks();
        assertTrue(notebooks.size() >= 4, "at least four notebooks in " + NOTEBOOKS);
        for (Path notebook : notebooks) {
            Path out = folder.resolve("analyst");
            NotebookOutput output = run(notebook, "analyst", out);
            String html = Files.readString(output.html(), StandardCharsets.UTF_8);
            assertEquals(0, output.refusedCells(), notebook + ": no cell refused");
            assertFalse(html.contains("class=\"refused\""), notebook + ": no cell refused");
            assertTrue(output.sqlCells() > 0, notebook + " has SQL cells");
            for (int cell = 1; cell <= output.sqlCells(); cell++) {
                assertTrue(html.contains("<table class=\"result\" id=\"cell-" + cell + "\">"), notebook + ": table of cell " + cell);
            }
            assertTrue(html.contains("数据截至 (as of) 20") && html.contains("数据版本 (data version) 批次 1"),
                    notebook + ": as-of date and data version on the page");
            assertFalse(output.charts().isEmpty(), notebook + " draws a chart");
            List<String> images = matches(IMAGE, html);
            assertEquals(output.charts().size(), images.size());
            for (Path chart : output.charts()) {
                assertTrue(images.contains(chart.getFileName().toString()), "the page shows " + chart);
                assertNotNull(ImageIO.read(chart.toFile()), chart + " decodes as an image");
            }
        }
    }

    @Test
    void aRefusedStatementShowsItsMessageInTheCellsPlace() throws IOException {
        Path notebook = folder.resolve("refused.md");
        Files.writeString(notebook, """
                # 拒绝
                ```sql
                DELETE FROM marts.warnings
                ```
                ```chart
                type: bar
                x: a
                y: b
                ```
                ```sql
                SELECT * FROM clean.payments
                ```
                ```sql
                SELECT count(*) AS n FROM marts.warnings
                ```
                """, StandardCharsets.UTF_8);
        NotebookOutput output = run(notebook, "analyst", folder.resolve("refused"));
        String html = Files.readString(output.html(), StandardCharsets.UTF_8);
        assertEquals(2, output.refusedCells());
        assertEquals(2, matches(Pattern.compile("<p class=\"refused\" id=\"cell-\\d\">(refused: [^<\\n]+)</p>"), html).size(), html);
        assertTrue(html.contains("<table class=\"result\" id=\"cell-3\">"), "the cells after a refusal still run");
        assertTrue(output.charts().isEmpty(), "no chart of a refused cell");
        assertFalse(html.contains("Exception") || html.contains("\tat "), "no stack trace");
    }

    @Test
    void aRegionRoleSeesNoOtherPrefecturesRegionCodes() throws IOException {
        int regionCells = 0;
        for (Path notebook : notebooks()) {
            NotebookOutput output = run(notebook, "region:653100", folder.resolve("region"));
            String html = Files.readString(output.html(), StandardCharsets.UTF_8);
            assertEquals(0, output.refusedCells(), notebook + " runs under a region role");
            for (String table : matches(RESULT_TABLE, html, 2)) {
                for (String cell : matches(CELL, table)) {
                    String prefecture = prefectureOf.get(cell.trim());
                    if (prefecture != null && !prefecture.isEmpty()) {
                        regionCells++;
                        assertEquals("653100", prefecture, notebook + ": region " + cell + " outside 653100");
                    }
                }
            }
        }
        assertTrue(regionCells > 0, "the notebooks show region codes at all, so the check bites");
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        Path notebook = NOTEBOOKS.resolve("carryover-aging.md");
        NotebookOutput first = run(notebook, "analyst", folder.resolve("first"));
        NotebookOutput second = run(notebook, "analyst", folder.resolve("second"));
        assertArrayEquals(Files.readAllBytes(first.html()), Files.readAllBytes(second.html()));
        assertEquals(first.charts().size(), second.charts().size());
        for (int i = 0; i < first.charts().size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.charts().get(i)), Files.readAllBytes(second.charts().get(i)));
        }
    }

    @Test
    void withoutMartsItSaysToBuildThem() throws IOException {
        Path empty = folder.resolve("empty.duckdb");
        Warehouse.open(empty).close();
        WarehouseException error = assertThrows(WarehouseException.class, () -> new NotebookRunner(empty, Role.parse("analyst"), keyFile)
                .run(NOTEBOOKS.resolve("carryover-aging.md"), folder.resolve("empty")));
        assertTrue(error.getMessage().contains("fundtrace build") && !error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void theCommandPrintsThePageAndItsCharts() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Path pages = folder.resolve("command");
        String[] args = {"notebook", "run", NOTEBOOKS.resolve("suspicious-payees.md").toString(), "--role", "region:653100",
                "--out", pages.toString(), "--warehouse", warehouse.toString()};
        int status = Fundtrace.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), args).execute(args);
        assertEquals(0, status, err.toString());
        assertEquals(pages.resolve("suspicious-payees.html") + "\n" + pages.resolve("suspicious-payees-chart-1.png") + "\n",
                out.toString().replace("\r\n", "\n"));

        String[] missing = {"notebook", "run", "no-such.md", "--warehouse", warehouse.toString()};
        assertEquals(1, Fundtrace.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), missing).execute(missing));
        assertTrue(err.toString().contains("fundtrace: no notebook at no-such.md"), err.toString());
    }

    private static NotebookOutput run(Path notebook, String role, Path out) throws IOException {
        return new NotebookRunner(warehouse, Role.parse(role), keyFile).run(notebook, out);
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        return matches(pattern, text, 1);
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
