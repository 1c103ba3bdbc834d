package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 月度财政扶贫资金动态监控情况报告: reads the marts built for the month (martsRead) through the reader's
 * role (the gate's views: its regions and funds, classified funds as the province's totals, payee
 * identity masked), writes HTML, PDF and PNG charts.
 */
public final class MonthlyReport {
    public static final String TITLE = "月度财政扶贫资金动态监控情况报告";
    /** The model tables the report's queries read beside the marts. */
    private static final List<String> MODEL_TABLES_READ = List.of("model.dim_region", "model.region_ancestor", "model.dim_fund");
    private static final String PAYEE_COLUMN = "收款人证件号";
    /** The note of a section whose mart the role may not read (an evaluator: indicator-level carry-over and reconciliation). */
    static final String WITHHELD = "按访问规则，本角色不查看此项明细（仅汇总指标）。";

    private final Path warehouseFile;
    private final ChartFonts fonts;

    /** The warehouse file, with the marts of martsRead(month) built; it must not be open in this process. */
    public MonthlyReport(Path warehouseFile, ChartFonts fonts) {
        this.warehouseFile = warehouseFile;
        this.fonts = fonts;
    }

    /** The files written, HTML first, then PDF, then the charts. */
    public record Output(Path html, Path pdf, List<Path> charts) {
    }

    /** The mart schemas the report reads and the as-of date each must be built for, in build order. */
    public static Map<String, LocalDate> martsRead(YearMonth month) {
        Map<String, LocalDate> schemas = new LinkedHashMap<>();
        schemas.put("marts", month.atEndOfMonth());
        schemas.put("marts_previous", month.minusMonths(1).atEndOfMonth());
        return schemas;
    }

    /** The mart tables the report's queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        return List.of("marts.carryover", "marts.deep_poverty_growth", "marts.ledger", "marts.progress",
                "marts.reconciliation", "marts.warnings", "marts_previous.warnings");
    }

    public Output write(YearMonth month, String region, Role role, Path folder) {
        List<String> tables = Stream.concat(martTablesRead().stream(), MODEL_TABLES_READ.stream()).toList();
        try (RoleSession session = RoleSession.open(warehouseFile, role, tables)) {
            return write(session, month, region, folder);
        }
    }

    private Output write(RoleSession session, YearMonth month, String region, Path folder) {
        ReportQueries queries = new ReportQueries(session.connection());
        ReportScope scope = ReportScope.install(queries, month, region, session.role());
        String stem = "report-" + month + (region == null ? "" : "-" + region);
        try {
            Files.createDirectories(folder);
            ReportCharts charts = new ReportCharts(fonts);
            List<Path> chartFiles = new ArrayList<>();
            ReportContent content = content(queries, scope, session, month, folder, stem, charts, chartFiles);
            Path html = folder.resolve(stem + ".html");
            Files.writeString(html, HtmlReport.render(content), java.nio.charset.StandardCharsets.UTF_8);
            Path pdf = folder.resolve(stem + ".pdf");
            Files.write(pdf, new PdfReport(fonts).render(content, folder));
            return new Output(html, pdf, List.copyOf(chartFiles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder + ": " + e.getMessage(), e);
        }
    }

    private ReportContent content(ReportQueries queries, ReportScope scope, RoleSession session, YearMonth month, Path folder,
                                  String stem, ReportCharts charts, List<Path> chartFiles) throws IOException {
        ResultTable headline = queries.table("headline");
        List<ReportSection> sections = new ArrayList<>();

        ResultTable trend = queries.table("monthly_trend");
        String trendChart = stem + "-trend.png";
        charts.line(folder.resolve(trendChart), "累计支出进度与时间进度", "月份", "进度（%）",
                labels(trend, "月份", "月"), List.of("支出进度", "时间进度"),
                List.of(series(trend, "支出进度(%)"), series(trend, "时间进度(%)")));
        chartFiles.add(folder.resolve(trendChart));
        sections.add(new ReportSection("一、支出进度月度走势", "累计支出占到位资金的比例，与时间进度（月份/12）对照。", trend, trendChart));

        sections.add(new ReportSection("二、分资金支出进度", "本级到位与全辖支出，年初至本月末。",
                queries.table("progress_by_fund"), null));

        ResultTable prefectures = queries.table("progress_by_prefecture");
        String prefectureChart = null;
        if (!prefectures.isEmpty()) {
            prefectureChart = stem + "-prefecture.png";
            charts.bar(folder.resolve(prefectureChart), "各地州市支出进度", "地区", "支出进度（%）",
                    labels(prefectures, "地区", ""), List.of("支出进度"), List.of(series(prefectures, "支出进度(%)")));
            chartFiles.add(folder.resolve(prefectureChart));
        }
        sections.add(new ReportSection("三、分地区支出进度", null, prefectures, prefectureChart));

        WarningActions names = WarningActions.load();
        ResultTable rules = names.named(queries.table("warnings_by_rule"), "预警规则", null);
        String rulesChart = null;
        if (!rules.isEmpty()) {
            rulesChart = stem + "-warnings.png";
            charts.bar(folder.resolve(rulesChart), "各类预警未整改金额", "预警规则", "金额（万元）",
                    labels(rules, "预警规则", ""), List.of("未整改金额"), List.of(series(rules, "未整改金额(万元)")));
            chartFiles.add(folder.resolve(rulesChart));
        }
        sections.add(new ReportSection("四、预警情况（按规则）", "本月新增：上月末未出现的预警；本月销号：上月末未整改、本月末已整改或不再触发。",
                rules, rulesChart));
        sections.add(new ReportSection("五、预警情况（按地区）", null, queries.table("warnings_by_prefecture"), null));
        sections.add(new ReportSection("六、深度贫困地区资金增幅", "各中央资金深度贫困县增幅与全部县平均增幅对比（本年对上年）。",
                queries.table("deep_poverty_growth"), null));

        sections.add(session.reads("marts.carryover") ? carryoverSection(queries, folder, stem, charts, chartFiles)
                : ReportSection.withheld("七、结转结余资金", WITHHELD));
        sections.add(session.reads("marts.reconciliation")
                ? new ReportSection("八、指标与国库调拨对账差异", null, queries.table("reconciliation_differences"), null)
                : ReportSection.withheld("八、指标与国库调拨对账差异", WITHHELD));
        ResultTable largest = names.named(queries.table("largest_open_warnings"), "预警规则", "等级");
        if (!session.shows("marts.warnings", "payee_id")) {
            largest = largest.withoutColumn(PAYEE_COLUMN);
        }
        sections.add(new ReportSection("九、金额最大的未整改预警", "按金额排序，前 15 条，附责任处室。", largest, null));
        return new ReportContent(TITLE, scope.asOf(), scope.rootCode(), scope.rootName(), session.latestBatchId().orElse(0),
                session.role(), headline, List.copyOf(sections));
    }

    private static ReportSection carryoverSection(ReportQueries queries, Path folder, String stem, ReportCharts charts,
                                                  List<Path> chartFiles) throws IOException {
        ResultTable carryover = queries.table("carryover_by_age");
        String carryoverChart = null;
        if (!carryover.isEmpty()) {
            carryoverChart = stem + "-carryover.png";
            charts.bar(folder.resolve(carryoverChart), "结转结余资金账龄", "账龄", "结存（万元）",
                    labels(carryover, "账龄", ""), List.of("结存"), List.of(series(carryover, "结存(万元)")));
            chartFiles.add(folder.resolve(carryoverChart));
        }
        return new ReportSection("七、结转结余资金", null, carryover, carryoverChart);
    }

    private static List<String> labels(ResultTable table, String column, String suffix) {
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            labels.add(table.value(row, column) + suffix);
        }
        return labels;
    }

    private static List<Double> series(ResultTable table, String column) {
        List<Double> values = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            values.add(Cells.chartValue(column, table.value(row, column)));
        }
        return values;
    }
}
