package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.gate.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page 1's 综述 read back from the PDF: each number in its sentences equals the mart query it stands
 * for, the 环比 and 同比 ones against the marts built at the previous month's end and a year earlier.
 */
class ReportSummaryTest {
    private static final String NUMBER = "(-?[0-9][0-9,]*(?:\\.[0-9]+)?)";

    @TempDir
    static Path folder;
    static Path warehouse;
    static String summary;
    static String html;

    @BeforeAll
    static void writeTheReport() throws Exception {
        warehouse = ReportFixture.create(folder);
        MonthlyReport.Output output = new MonthlyReport(warehouse, ChartFonts.find())
                .write(YearMonth.of(2018, 10), null, Role.parse("leader"), folder.resolve("out"));
        html = java.nio.file.Files.readString(output.html(), java.nio.charset.StandardCharsets.UTF_8);
        String text;
        try (PDDocument document = Loader.loadPDF(output.pdf().toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        // the 综述 runs from its heading to the headline's; PDF lines break anywhere in Chinese prose
        summary = text.substring(text.indexOf("综述"), text.indexOf("主要指标")).replaceAll("\\s*\\R\\s*", "");
    }

    private static String after(String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + NUMBER).matcher(summary);
        assertTrue(matcher.find(), "no number after " + prefix + " in: " + summary);
        return matcher.group(1);
    }

    private static Object mart(String sql) throws Exception {
        return ReportFixture.scalar(warehouse, sql);
    }

    private static final String PROVINCE_OCTOBER = " FROM marts.progress WHERE region_code = '650000' AND year = 2018 AND month = 10";

    @Test
    void moneyFiguresAreTheMartsAtTheMonthsEnd() throws Exception {
        Object received = mart("SELECT SUM(cumulative_received)" + PROVINCE_OCTOBER);
        Object paid = mart("SELECT SUM(cumulative_paid)" + PROVINCE_OCTOBER);
        assertEquals(Cells.format("(万元)", received), after("扶贫资金到位"));
        assertEquals(Cells.format("(万元)", paid), after("万元，支出"));
        assertEquals(Cells.format("(%)", Ratios.of(paid, received)), after("支出进度"));
        assertEquals("83.33", after("时间进度"));
        BigDecimal paidTimesTwelve = Cells.decimal(paid).multiply(BigDecimal.valueOf(12));
        BigDecimal receivedTimesMonth = Cells.decimal(received).multiply(BigDecimal.TEN);
        assertEquals(Cells.format("(%)", Ratios.of(paidTimesTwelve, receivedTimesMonth)), after("支出进度与时间进度之比为"));
    }

    @Test
    void monthOnMonthAndYearOnYearComeFromTheMartsBuiltAtThoseDates() throws Exception {
        BigDecimal received = Cells.decimal(mart("SELECT SUM(cumulative_received)" + PROVINCE_OCTOBER));
        BigDecimal paid = Cells.decimal(mart("SELECT SUM(cumulative_paid)" + PROVINCE_OCTOBER));
        BigDecimal now = Ratios.of(paid, received);
        String previousWhere = " FROM marts_previous.progress WHERE region_code = '650000' AND year = 2018 AND month = 9";
        BigDecimal previousPaid = Cells.decimal(mart("SELECT SUM(cumulative_paid)" + previousWhere));
        BigDecimal previous = Ratios.of(previousPaid, mart("SELECT SUM(cumulative_received)" + previousWhere));
        String lastYearWhere = " FROM marts_last_year.progress WHERE region_code = '650000' AND year = 2017 AND month = 10";
        BigDecimal lastYearPaid = Cells.decimal(mart("SELECT SUM(cumulative_paid)" + lastYearWhere));
        BigDecimal lastYear = Ratios.of(lastYearPaid, mart("SELECT SUM(cumulative_received)" + lastYearWhere));

        assertEquals(Cells.format("(万元)", paid.subtract(previousPaid)), after("与上月末（2018-09-30）相比，支出增加"));
        assertEquals(Cells.format("(%)", previous), after("支出进度由"));
        assertEquals(Cells.format("(%)", now.subtract(previous)), after(Cells.format("(%)", previous) + "%提高"));
        assertEquals(Cells.format("(万元)", paid.subtract(lastYearPaid)), after("与上年同期（2017-10-31）相比，支出增加"));
        assertEquals(Cells.format("(%)", lastYear.subtract(now)), after(Cells.format("(%)", lastYear) + "%下降"));
        // the previous month's build knew a September payment less than this month's build does
        BigDecimal septemberNow = Cells.decimal(mart(
                "SELECT SUM(cumulative_paid) FROM marts.progress WHERE region_code = '650000' AND year = 2018 AND month = 9"));
        assertTrue(septemberNow.compareTo(previousPaid) != 0, "the fixture tells the two builds apart");
    }

    @Test
    void laggingCountiesAreCountedAndNamedByShortProgress() throws Exception {
        assertEquals(String.valueOf(mart("SELECT COUNT(DISTINCT region_code) FROM marts.progress p"
                + " JOIN clean.regions r USING (region_code) WHERE r.level = 'county' AND p.year = 2018 AND cumulative_received > 0")),
                after("有到位资金的"));
        Object lagging = mart("SELECT COUNT(*) FROM marts.progress p JOIN clean.regions r USING (region_code)"
                + " WHERE r.level = 'county' AND p.year = 2018 AND p.month = 10 AND time_progress - spend_progress > 0.10");
        assertEquals(String.valueOf(lagging), after("个县中，"));
        Object worst = mart("SELECT 10.0 * cumulative_received - 12 * cumulative_paid FROM marts.progress WHERE region_code = '650121'"
                + " AND year = 2018 AND month = 10");
        Object base = mart("SELECT 12 * cumulative_received FROM marts.progress WHERE region_code = '650121' AND year = 2018 AND month = 10");
        assertEquals(Cells.format("(%)", Ratios.of(worst, base)), after("落后最多的是乌鲁木齐县（落后"));
        assertTrue(summary.contains("乌鲁木齐县（落后43.26个百分点）、疏附县（落后27.28个百分点）"), summary);
    }

    @Test
    void warningFiguresAreTheLifecycleMart() throws Exception {
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings WHERE dispatched_on = DATE '2018-10-31'")),
                after("本月新下发预警"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings w WHERE status IN ('rectified', 'confirmed_normal',"
                + " 'resolved_by_data') AND NOT EXISTS (SELECT 1 FROM marts_previous.warnings p WHERE p.warning_id = w.warning_id"
                + " AND p.status IN ('rectified', 'confirmed_normal', 'resolved_by_data'))")), after("条，销号"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings WHERE hit AND status IN ('new', 'open',"
                + " 'confirmed_violation', 'rectifying')")), after("截至月末未整改"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings WHERE overdue_days IS NOT NULL")), after("其中逾期未整改"));
        assertEquals(Cells.format("(万元)", mart("SELECT SUM(amount) FROM marts.warnings WHERE overdue_days IS NOT NULL")),
                after("条、涉及金额"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings WHERE overdue_days IS NOT NULL AND region_code <> '650000'")),
                after("万元，"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.feedback WHERE outcome = 'rejected'"
                + " AND \"at\" BETWEEN DATE '2018-10-01' AND DATE '2018-10-31'")), after("本月被退回的整改反馈"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.warnings WHERE overdue_days IS NOT NULL AND department = '农业处'")),
                after("逾期最多的是农业处（"));
    }

    @Test
    void growthAndPerformanceFiguresAreTheirMarts() throws Exception {
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.deep_poverty_growth_ytd WHERE fiscal_year = 2018 AND skipped_reason IS NULL")),
                after("可与上年同期比较的中央资金"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.deep_poverty_growth_ytd WHERE fiscal_year = 2018 AND lagging")),
                after("其中深度贫困县增幅低于全部县平均增幅的"));
        assertEquals(Cells.format("(%)", mart("SELECT growth_deep FROM marts.deep_poverty_growth_ytd WHERE fund_code = 'C01'")),
                after("（深度贫困县增幅"));
        Object due = mart("SELECT COUNT(*) FROM marts.performance WHERE project_ended");
        Object met = mart("SELECT COUNT(*) FROM marts.performance WHERE project_ended AND met");
        assertEquals(String.valueOf(due), after("已完工项目到期绩效目标"));
        assertEquals(String.valueOf(mart("SELECT COUNT(actual_value) FROM marts.performance WHERE project_ended")), after("已报送实际值"));
        assertEquals(String.valueOf(met), after("个，达标"));
        assertEquals(Cells.format("(%)", Ratios.of(met, due)), after("达标率"));
        assertEquals(String.valueOf(mart("SELECT COUNT(*) FROM marts.performance WHERE project_ended AND actual_value IS NULL")),
                after("%；"));
        assertEquals(String.valueOf(mart("SELECT COUNT(DISTINCT project_id) FROM marts.performance WHERE project_ended"
                + " AND actual_value IS NULL")), after("涉及项目"));
    }

    /**
     * The lifecycle by region: 喀什地区 with 疏附县 (I2 dispatched, I1 and the duplicate payment overdue,
     * the blue record open, I2's issue warning rectified this month), then 乌鲁木齐市 (the out-of-scope
     * payment dispatched, R08's idle indicator 32 days overdue); the most overdue region first.
     */
    @Test
    void theLifecycleByRegionCountsEachRegionsSubtree() {
        String section = html.substring(html.indexOf("五、预警整改情况（按地区）"), html.indexOf("六、预警整改情况（按处室）"));
        String cells = "</td><td class=\"n\">";
        assertTrue(section.contains("<td>喀什地区" + cells + "1" + cells + "1" + cells + "4" + cells + "2" + cells + "150.23" + cells + "1</td>"),
                section);
        assertTrue(section.contains("<td>乌鲁木齐市" + cells + "1" + cells + "0" + cells + "2" + cells + "1" + cells + "65.43" + cells + "32</td>"),
                section);
        assertTrue(section.indexOf("喀什地区") < section.indexOf("乌鲁木齐市"), "the most overdue first");
    }

    /**
     * The headline's open warnings name their blue, record-only ones apart, since the amount beside them
     * leaves the blue out (headline.sql); the fixture's open blue record is DOC_NOT_ATTACHED.
     */
    @Test
    void theHeadlineNamesTheBlueRecordsItsAmountLeavesOut() throws Exception {
        String headline = html.substring(html.indexOf("<table class=\"headline\">"));
        headline = headline.substring(0, headline.indexOf("</table>"));
        List<String> columns = cells(headline, "th");
        List<String> values = cells(headline, "td");
        Object blue = mart("SELECT COUNT(*) FROM marts.warnings WHERE hit AND level = 'blue'"
                + " AND status IN ('new', 'open', 'confirmed_violation', 'rectifying')");
        assertTrue(((Number) blue).longValue() > 0, "the fixture has an open blue record");
        Object open = mart("SELECT COUNT(*) FROM marts.warnings WHERE hit AND status IN ('new', 'open', 'confirmed_violation', 'rectifying')");
        assertEquals(open.toString(), values.get(columns.indexOf("未整改预警(条)")));
        assertEquals(blue.toString(), values.get(columns.indexOf("其中蓝色(条)")));
        assertEquals(columns.indexOf("其中蓝色(条)") + 1, columns.indexOf("需整改金额(万元)"));
        assertTrue(html.contains(MonthlyReport.CARRYOVER_BASIS), "section 十四 says what its 结存 counts");
    }

    private static List<String> cells(String table, String tag) {
        List<String> cells = new java.util.ArrayList<>();
        Matcher matcher = Pattern.compile("<" + tag + "[^>]*>([^<]*)</" + tag + ">").matcher(table);
        while (matcher.find()) {
            cells.add(matcher.group(1));
        }
        return cells;
    }
}
