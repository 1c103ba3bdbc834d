package io.fundtrace.reports;

import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Metrics for evaluators (分配进度, 支出进度, 短进度, on-time issuance, mean days to issue, 绩效目标完成率 and 达标率,
 * 结转率, warnings per 亿元, share rectified) for a fiscal year as of a month's end - December's for the
 * whole year, an earlier one for the year so far - by fund, county or project, as CSV (with a BOM, for
 * Excel) or JSON. Ratios are exact: 4 decimals, half-up, as fractions (0.5500 = 55%). They are
 * read through the views of the role's aggregate source (Role.aggregateSource: an evaluator's metrics
 * are aggregates of detail it may not read itself), and only the aggregates leave.
 */
public final class EvaluatorMetrics {
    public enum Grain { FUND, COUNTY, PROJECT }

    public enum Format { CSV, JSON }

    /** The model tables the metrics' queries read beside the marts. */
    private static final List<String> MODEL_TABLES_READ = List.of("model.dim_region", "model.region_ancestor", "model.dim_fund",
            "model.fact_indicator", "model.fact_allocation", "model.fact_payment", "model.dim_project");

    private final Path warehouseFile;

    /** The warehouse file, with the marts of martsRead(year) built; it must not be open in this process. */
    public EvaluatorMetrics(Path warehouseFile) {
        this.warehouseFile = warehouseFile;
    }

    /** The mart schema the metrics read and the as-of date it must be built for: the month's last day. */
    public static Map<String, LocalDate> martsRead(YearMonth month) {
        return Map.of("marts", month.atEndOfMonth());
    }

    /** The mart tables the metrics' queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        // progress: the scope's views (scope.sql) stand on it
        return List.of("marts.carryover", "marts.ledger", "marts.performance", "marts.progress", "marts.warnings");
    }

    /** The metrics of the month's fiscal year as of the month's last day. */
    public ResultTable table(YearMonth month, Grain grain, Role role) {
        List<String> tables = Stream.concat(martTablesRead().stream(), MODEL_TABLES_READ.stream()).toList();
        try (RoleSession session = RoleSession.open(warehouseFile, role.aggregateSource(), tables)) {
            return table(new ReportQueries(session.connection()), month, grain, role);
        }
    }

    private static ResultTable table(ReportQueries queries, YearMonth month, Grain grain, Role role) {
        ReportScope.install(queries, month, null, role);
        if (grain == Grain.PROJECT) {
            return queries.table("metrics_project");
        }
        ResultTable table = queries.table("metrics", grain.name().toLowerCase(Locale.ROOT));
        List<String> columns = new ArrayList<>(table.columns());
        columns.set(0, grain == Grain.FUND ? "资金代码" : "县代码");
        columns.set(1, grain == Grain.FUND ? "资金名称" : "县");
        return new ResultTable(columns, table.types(), table.rows(), table.truncated());
    }

    public String render(YearMonth month, Grain grain, Format format, Role role) {
        return (format == Format.CSV ? OutputFormat.csv : OutputFormat.json).render(table(month, grain, role));
    }

    /** The month's metrics of every grain as CSV files metrics-YYYY-MM-fund.csv, -county.csv and -project.csv. */
    public List<Path> write(YearMonth month, Role role, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Grain grain : Grain.values()) {
                Path file = folder.resolve("metrics-" + month + "-" + grain.name().toLowerCase(Locale.ROOT) + ".csv");
                written.add(Files.writeString(file, render(month, grain, Format.CSV, role), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics into " + folder, e);
        }
        return written;
    }
}
