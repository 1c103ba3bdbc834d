package io.fundtrace.reports.notebook;

import io.fundtrace.reports.ChartFonts;
import io.fundtrace.reports.ReportCharts;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Runs a notebook: every SQL cell through the SQL gate for one role (read-only; a refusal is shown
 * in the cell's place), every chart as a PNG beside the page, and one HTML page
 * {@code <notebook>.html} with the as-of date of the marts and the data version (last ingest batch).
 */
public final class NotebookRunner {
    /** Rows shown per cell; a cell that needs more should aggregate. */
    public static final int CELL_LIMIT = 500;
    private static final String AS_OF_QUERY = "SELECT max(as_of) AS as_of FROM marts.warnings";

    private final Path warehouseFile;
    private final Role role;
    private final Path payeeKeyFile;

    public NotebookRunner(Path warehouseFile, Role role, Path payeeKeyFile) {
        this.warehouseFile = warehouseFile;
        this.role = role;
        this.payeeKeyFile = payeeKeyFile;
    }

    public NotebookOutput run(Path notebookFile, Path outputFolder) throws IOException {
        if (!Files.isRegularFile(warehouseFile)) {
            throw new WarehouseException("no warehouse at " + warehouseFile + ": run `fundtrace demo` or `fundtrace ingest` first");
        }
        if (!Files.isRegularFile(notebookFile)) {
            throw new IllegalArgumentException("no notebook at " + notebookFile);
        }
        List<NotebookCell> cells = NotebookParser.parse(Files.readString(notebookFile, StandardCharsets.UTF_8));
        String name = stem(notebookFile);
        Files.createDirectories(outputFolder);
        NotebookChart chart = new NotebookChart(new ReportCharts(ChartFonts.find()));
        NotebookPage page = new NotebookPage();
        List<Path> charts = new ArrayList<>();
        int sqlCells = 0;
        int refused = 0;
        String metaLine;
        try (SqlGate gate = SqlGate.open(warehouseFile, role, payeeKeyFile, QueryLog.besideWarehouse(warehouseFile))) {
            metaLine = metaLine(gate);
            ResultTable previous = null;
            for (NotebookCell cell : cells) {
                if (cell instanceof NotebookCell.Text text) {
                    page.text(text.markdown());
                } else if (cell instanceof NotebookCell.Sql sql) {
                    sqlCells++;
                    page.query(sql.number(), sql.query());
                    try {
                        previous = gate.query(sql.query(), CELL_LIMIT);
                        page.table(sql.number(), previous, CELL_LIMIT);
                    } catch (WarehouseException e) {
                        previous = null;
                        refused++;
                        page.refused(sql.number(), e.getMessage());
                    }
                } else if (cell instanceof ChartDirective directive && previous != null) {
                    // a chart of a refused cell is left out: the refusal already stands in its place
                    Path file = outputFolder.resolve(name + "-chart-" + (charts.size() + 1) + ".png");
                    chart.draw(directive, previous, file);
                    charts.add(file);
                    page.chart(file.getFileName().toString(), directive.title());
                }
            }
        }
        Path html = outputFolder.resolve(name + ".html");
        Files.writeString(html, page.render(name, metaLine), StandardCharsets.UTF_8);
        return new NotebookOutput(html, List.copyOf(charts), sqlCells, refused);
    }

    private String metaLine(SqlGate gate) {
        boolean built = gate.tables().stream()
                .anyMatch(table -> table.schema().equals("marts") && table.name().equals("warnings"));
        if (!built) {
            throw new WarehouseException("the marts are not built in " + warehouseFile
                    + " (marts.warnings is missing): run `fundtrace build` first");
        }
        Object asOf = gate.query(AS_OF_QUERY, 1).rows().get(0).get(0);
        OptionalLong batch = gate.latestBatchId();
        return "数据截至 (as of) " + (asOf == null ? "—" : asOf) + " · 数据版本 (data version) 批次 "
                + (batch.isPresent() ? batch.getAsLong() : "—") + " · 角色 (role) " + role;
    }

    private static String stem(Path notebookFile) {
        String file = notebookFile.getFileName().toString();
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }
}
