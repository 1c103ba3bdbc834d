package io.fundtrace.reports;

import io.fundtrace.marts.MartParameters;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * 月度财政扶贫资金动态监控情况报告: reads the marts built for the month (martsRead) through the reader's
 * role (the gate's views: its regions and funds, classified funds as the province's totals, payee
 * identity masked), writes HTML, PDF and PNG charts.
 */
public final class MonthlyReport {
    public static final String TITLE = "月度财政扶贫资金动态监控情况报告";
    /** The model tables the report's queries read beside the marts. */
    private static final List<String> MODEL_TABLES_READ = List.of("model.dim_region", "model.region_ancestor", "model.dim_fund",
            "model.dim_project", "model.dim_staff");
    private static final String PAYEE_COLUMN = "收款人证件号";
    /** The note of a section whose mart the role may not read (an evaluator: indicator-level carry-over and reconciliation). */
    static final String WITHHELD = "按访问规则，本角色不查看此项明细（仅汇总指标）。";
    static final String CARRYOVER_HEADING = "十四、结转结余资金";
    /**
     * Why 结存 is not the headline's 到位 less 支出: the headline is this year's money by receipt, a balance
     * (rules.md) counts every year's indicators from their doc_date, so also those issued but not yet registered.
     */
    static final String CARRYOVER_BASIS = "结存为各级指标扶贫金额减去已下达下级和已支付后的余额，含以前年度结转结余，"
            + "指标自发文日期起计入（含已发文、尚未接收登记的）；首页为年初至本月末按接收登记日期统计的到位和支出，两者不能直接相减对比。";
    static final String RECONCILIATION_HEADING = "十五、指标与国库调拨对账差异";

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
        schemas.put("marts_last_year", month.minusYears(1).atEndOfMonth());
        return schemas;
    }

    /** The mart tables the report's queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        return List.of("marts.carryover", "marts.deep_poverty_growth", "marts.deep_poverty_growth_ytd", "marts.feedback", "marts.ledger",
                "marts.performance", "marts.progress", "marts.reconciliation", "marts.warnings", "marts_previous.progress",
                "marts_previous.warnings", "marts_last_year.progress");
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
        queries.execute(session.reads("model.dim_staff") ? "scope_staff" : "scope_staff_withheld");
        queries.execute("scope_feedback");
        queries.execute("scope_dates");
        MartParameters parameters = MartParameters.load();
        BigDecimal lag = new BigDecimal(parameters.value("report_lag_points"));
        int countiesShown = Integer.parseInt(parameters.value("report_lagging_counties"));
        ResultTable headline = queries.table("headline");
        ResultTable comparison = queries.table("headline_comparison");
        List<ReportSection> sections = new ArrayList<>();

        ResultTable trend = queries.table("monthly_trend");
        String trendChart = stem + "-trend.png";
        List<String> trendNames = new ArrayList<>(List.of("支出进度", "时间进度"));
        List<List<Double>> trendValues = new ArrayList<>(List.of(series(trend, "支出进度(%)"), series(trend, "时间进度(%)")));
        List<Double> lastYear = series(trend, "上年同期支出进度(%)");
        if (lastYear.stream().anyMatch(java.util.Objects::nonNull)) {
            trendNames.add("上年同期支出进度");
            trendValues.add(lastYear);
        }
        charts.line(folder.resolve(trendChart), "累计支出进度与时间进度", "月份", "进度（%）",
                labels(trend, "月份", "月"), trendNames, trendValues);
        chartFiles.add(folder.resolve(trendChart));
        sections.add(new ReportSection("一、支出进度月度走势", "累计支出占到位资金的比例，与时间进度（月份/12）和上年同月的支出进度对照。",
                trend, trendChart));

        ResultTable lagging = queries.table("lagging_counties", lag, countiesShown);
        Bars bars = new Bars(charts, folder, stem, chartFiles);
        String laggingChart = bars.draw(lagging, "lagging", true, "短进度最大的县", "县", "短进度（百分点）", "短进度", "短进度(%)");
        sections.add(new ReportSection("二、进度落后的县", "短进度 = 时间进度 - 支出进度（年初至本月末），由大到小前 " + countiesShown
                + " 个县；落后最多的资金：该县短进度超过 " + Cells.format("(%)", lag) + " 个百分点的资金，至多 3 项。", lagging, laggingChart));

        sections.add(new ReportSection("三、分资金支出进度", "本级到位与全辖支出，年初至本月末；本年尚无到位和支出的资金不列。",
                queries.table("progress_by_fund"), null));

        ResultTable prefectures = queries.table("progress_by_prefecture");
        String prefectureChart = bars.draw(prefectures, "prefecture", false, "下级地区支出进度", "地区", "支出进度（%）", "支出进度",
                "支出进度(%)");
        sections.add(new ReportSection("四、分地区支出进度", "本范围的下一级地区（全区报告为各地州市，地州市报告为其各县），各含其下级。",
                prefectures, prefectureChart));

        WarningActions names = WarningActions.load();
        ResultTable lifecycle = queries.table("warnings_lifecycle_total");
        ResultTable byDepartment = grouped(queries.table("warnings_lifecycle_by", "department"), "责任处室");
        sections.add(new ReportSection("五、预警整改情况（按地区）", "本月下发：本月末下发的预警；本月销号：本月整改销号、确认正常或因数据变化不再触发；"
                + "逾期未整改：超过整改期限仍未整改。各地区含其下级。", grouped(queries.table("warnings_lifecycle_by", "region"), "地区"), null));
        sections.add(new ReportSection("六、预警整改情况（按处室）", null, byDepartment, null));
        sections.add(new ReportSection("七、逾期未整改预警（逐级督办）", "下级地区逾期未整改的预警同时报其上级地区督办，按逾期天数排序，前 15 条。",
                names.named(queries.table("overdue_escalations"), "预警规则", "等级"), null));
        ResultTable rules = names.named(queries.table("warnings_by_rule"), "预警规则", null);
        String rulesChart = bars.draw(rules, "warnings", false, "各类预警未整改金额", "预警规则", "金额（万元）", "未整改金额",
                "未整改金额(万元)");
        sections.add(new ReportSection("八、预警情况（按规则）", "本月新增：上月末未出现的预警；本月销号：上月末未整改、本月末已整改或不再触发。",
                rules, rulesChart));
        sections.add(new ReportSection("九、预警情况（按地区）", null, queries.table("warnings_by_prefecture"), null));

        ResultTable growthSoFar = queries.table("deep_poverty_growth_ytd");
        sections.add(comparable("十、深度贫困地区资金增幅（年初至本月末）",
                "各中央资金本年下达深度贫困县的增幅与全部县平均增幅对比（上年同期为上年同日前下达）", "上年同期", growthSoFar));
        sections.add(comparable("十一、深度贫困地区资金增幅（上一完整年度）", "各中央资金全年对比（规则 5）", "上年",
                queries.table("deep_poverty_growth")));

        ResultTable performance = queries.table("performance_total");
        ResultTable byCounty = queries.table("performance_by_county");
        int due = byCounty.column("到期目标(个)");
        int met = byCounty.column("达标(个)");
        // a county whose every due target is met needs no line: the section lists where targets fall short
        sections.add(listing("十二、绩效执行情况", "已完工项目的绩效目标到期；达标率 = 达标目标 / 到期目标；未报送：到期未报实际值",
                byCounty, row -> ((Number) row.get(met)).longValue() < ((Number) row.get(due)).longValue(), "到期目标全部达标的 %d 个县不列。"));
        sections.add(new ReportSection("十三、到期未报送绩效实际值的项目", "前 20 个。", queries.table("performance_unreported"), null));

        ResultTable carryover = session.reads("marts.carryover") ? queries.table("carryover_by_age") : null;
        sections.add(carryover == null ? ReportSection.withheld(CARRYOVER_HEADING, WITHHELD) : new ReportSection(CARRYOVER_HEADING,
                CARRYOVER_BASIS, carryover, bars.draw(carryover, "carryover", false, "结转结余资金账龄", "账龄", "结存（万元）", "结存", "结存(万元)")));
        sections.add(session.reads("marts.reconciliation")
                ? new ReportSection(RECONCILIATION_HEADING, null, queries.table("reconciliation_differences"), null)
                : ReportSection.withheld(RECONCILIATION_HEADING, WITHHELD));
        ResultTable largest = names.named(queries.table("largest_open_warnings"), "预警规则", "等级");
        if (!session.shows("marts.warnings", "payee_id")) {
            largest = largest.withoutColumn(PAYEE_COLUMN);
        }
        sections.add(new ReportSection("十六、金额最大的未整改预警", "按金额排序，前 15 条，附责任处室。", largest, null));
        List<String> summary = ReportSummary.paragraphs(new ReportSummary.Figures(scope.rootName(), scope.asOf(), comparison,
                queries.table("lagging_county_count", lag), lagging, lag, lifecycle, byDepartment, growthSoFar, performance));
        return new ReportContent(TITLE, scope.asOf(), scope.rootCode(), scope.rootName(), session.latestBatchId().orElse(0),
                session.role(), null, summary, headline, comparison, List.copyOf(sections));
    }

    /** One bar chart of one series per table, beside the report (stem-name.png), listed in the files written. */
    private record Bars(ReportCharts charts, Path folder, String stem, List<Path> files) {
        /** The chart's file name, or null for an empty table (no chart). */
        String draw(ResultTable table, String name, boolean horizontal, String title, String categoryColumn, String valueAxis,
                    String seriesName, String valueColumn) throws IOException {
            if (table.isEmpty()) {
                return null;
            }
            String file = stem + "-" + name + ".png";
            List<String> categories = labels(table, categoryColumn, "");
            List<List<Double>> values = List.of(series(table, valueColumn));
            if (horizontal) {
                charts.horizontalBar(folder.resolve(file), title, categoryColumn, valueAxis, categories, List.of(seriesName), values);
            } else {
                charts.bar(folder.resolve(file), title, categoryColumn, valueAxis, categories, List.of(seriesName), values);
            }
            files.add(folder.resolve(file));
            return file;
        }
    }

    /**
     * A deep-poverty growth section with the funds that can be compared; the others (rule 5 skips a fund whose
     * counties, or deep-poverty counties, had nothing the year before: every fund in a warehouse's first year)
     * are counted in the note instead of a line of dashes each.
     */
    private static ReportSection comparable(String heading, String note, String base, ResultTable growth) {
        int conclusion = growth.column("结论");
        return listing(heading, note, growth, row -> !"不适用".equals(row.get(conclusion)),
                base + "全部县或深度贫困县无下达、不能比较的 %d 项资金不列。");
    }

    /** The table's rows that need a reader's eye, with the others counted in the note (unlisted: "... %d ..."). */
    private static ReportSection listing(String heading, String note, ResultTable table, Predicate<List<Object>> listed, String unlisted) {
        List<List<Object>> shown = table.rows().stream().filter(listed).toList();
        int left = table.rows().size() - shown.size();
        return new ReportSection(heading, note + (left == 0 ? "。" : "；" + String.format(unlisted, left)), table.withRows(shown), null);
    }

    /** A grouped table (warnings_lifecycle_by) with its first column named after the grouping. */
    private static ResultTable grouped(ResultTable table, String groupColumn) {
        List<String> columns = new ArrayList<>(table.columns());
        columns.set(0, groupColumn);
        return new ResultTable(columns, table.types(), table.rows(), table.truncated());
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
            Object value = table.value(row, column);
            // an empty cell is no point at all (last year's curve before the warehouse's first year), never a 0
            values.add(value == null ? null : Cells.chartValue(column, value));
        }
        return values;
    }
}
