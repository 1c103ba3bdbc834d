package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;

import io.fundtrace.warehouse.JsonText;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metrics for evaluators (分配进度, 支出进度, 短进度, on-time issuance, mean days to issue, 绩效目标完成率,
 * 结转率, warnings per 亿元, share rectified) for a year, by fund, county or project, as CSV (with a
 * BOM, for Excel) or JSON. Ratios are exact: 4 decimals, half-up, as fractions (0.5500 = 55%).
 */
public final class EvaluatorMetrics {
    public enum Grain { FUND, COUNTY, PROJECT }

    public enum Format { CSV, JSON }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Connection connection;
    private final MartBuilder martBuilder;

    public EvaluatorMetrics(Connection connection, MartBuilder martBuilder) {
        this.connection = connection;
        this.martBuilder = martBuilder;
    }

    /** The mart schema the metrics read and the as-of date it must be built for: the year's last day. */
    public static Map<String, LocalDate> martsRead(int year) {
        return Map.of("marts", YearMonth.of(year, 12).atEndOfMonth());
    }

    /** The mart tables the metrics' queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        return List.of("marts.carryover", "marts.ledger", "marts.performance", "marts.warnings");
    }

    public ResultTable table(int year, Grain grain, Role role) {
        YearMonth december = YearMonth.of(year, 12);
        martsRead(year).forEach((schema, asOf) -> martBuilder.build(asOf, schema));
        ReportQueries queries = new ReportQueries(connection);
        ReportScope.install(queries, december, null, role);
        return queries.table("metrics_" + grain.name().toLowerCase(Locale.ROOT));
    }

    public String render(int year, Grain grain, Format format, Role role) {
        ResultTable table = table(year, grain, role);
        return format == Format.CSV ? csv(table) : json(table);
    }

    static String csv(ResultTable table) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        out.append(String.join(",", table.columns().stream().map(EvaluatorMetrics::csvCell).toList())).append("\r\n");
        for (List<Object> row : table.rows()) {
            out.append(String.join(",", row.stream().map(EvaluatorMetrics::text).map(EvaluatorMetrics::csvCell).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String json(ResultTable table) {
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < table.rows().size(); r++) {
            out.append(r == 0 ? "\n  {" : ",\n  {");
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                out.append(c == 0 ? "" : ", ").append(JsonText.quote(table.columns().get(c))).append(": ");
                Object value = row.get(c);
                if (value == null) {
                    out.append("null");
                } else if (value instanceof Number) {
                    out.append(text(value));
                } else {
                    out.append(JsonText.quote(value.toString()));
                }
            }
            out.append('}');
        }
        return out.append(table.rows().isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
