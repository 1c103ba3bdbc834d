package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.gate.Role;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyReportTest {
    private static final YearMonth OCTOBER = YearMonth.of(2018, 10);

    @TempDir
    Path folder;

    private MonthlyReport.Output write(Path warehouse, String region, String role, String out) {
        return new MonthlyReport(warehouse, ChartFonts.find()).write(OCTOBER, region, Role.parse(role), folder.resolve(out));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdfCarriesHeadingsPagesAndTheMartsHeadlineFigures() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        MonthlyReport.Output output = write(warehouse, null, "leader", "leader");
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(output.pdf().toFile())) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(pages >= 2, "a report with four charts spans pages, got " + pages);
        assertTrue(text.contains("第 " + pages + " 页"));
        for (String heading : List.of(MonthlyReport.TITLE, "综述", "主要指标", "一、支出进度月度走势", "二、进度落后的县",
                "三、分资金支出进度", "四、分地区支出进度", "五、预警整改情况（按地区）", "六、预警整改情况（按处室）",
                "七、逾期未整改预警（逐级督办）", "八、预警情况（按规则）", "十、深度贫困地区资金增幅（年初至本月末）",
                "十一、深度贫困地区资金增幅（上一完整年度）", "十二、绩效执行情况", "十四、结转结余资金",
                "十五、指标与国库调拨对账差异", "十六、金额最大的未整改预警")) {
            assertTrue(text.contains(heading), "missing heading " + heading);
        }
        assertTrue(text.contains("截至 2018-10-31"));
        assertTrue(text.contains("数据版本：批次 7"));
        Object received = ReportFixture.scalar(warehouse,
                "SELECT SUM(cumulative_received) FROM marts.progress WHERE region_code = '650000' AND year = 2018 AND month = 10");
        Object paid = ReportFixture.scalar(warehouse,
                "SELECT SUM(cumulative_paid) FROM marts.progress WHERE region_code = '650000' AND year = 2018 AND month = 10");
        Object issued = ReportFixture.scalar(warehouse,
                "SELECT SUM(issued_down) FROM marts.ledger WHERE region_code = '650000' AND year = 2018 AND month IS NULL");
        Object open = ReportFixture.scalar(warehouse, "SELECT COUNT(*) FROM marts.warnings WHERE status = 'open'");
        assertTrue(text.contains(Cells.format("(万元)", received)), "received " + received);
        assertTrue(text.contains(Cells.format("(万元)", paid)), "paid " + paid);
        assertTrue(text.contains(Cells.format("(万元)", issued)), "issued " + issued);
        assertTrue(text.contains(Cells.format("(%)", Ratios.of(paid, received))), "spend progress");
        assertTrue(text.contains("83.33"), "time progress 10/12");
        assertTrue(text.contains(" " + open + " ") || text.contains("\n" + open + " ") || text.contains(" " + open + "\n"));
        // I1 counted once (idle and carry-over are one balance), I8, two payments; blue and rectified left out.
        assertTrue(text.contains(Cells.format("(万元)", new java.math.BigDecimal("3033209.88"))), "amount at risk");
        String html = Files.readString(output.html(), StandardCharsets.UTF_8);
        String funds = html.substring(html.indexOf("三、分资金支出进度"), html.indexOf("四、分地区支出进度"));
        assertTrue(funds.contains("中央财政专项扶贫资金") && funds.contains("本年尚无到位和支出的资金不列"), funds);
        assertFalse(funds.contains("水利发展资金"), "a fund with nothing this year is not a line of zeros: " + funds);
        String lastYear = html.substring(html.indexOf("十一、深度贫困地区资金增幅"), html.indexOf("十二、绩效执行情况"));
        assertTrue(lastYear.contains("中央财政专项扶贫资金") && lastYear.contains("不能比较的 1 项资金不列"), lastYear);
        assertFalse(lastYear.contains("水利发展资金") || lastYear.contains("不适用"), "rule 5 skipped it: no line of dashes " + lastYear);
        String soFar = html.substring(html.indexOf("十、深度贫困地区资金增幅"), html.indexOf("十一、深度贫困地区资金增幅"));
        assertFalse(soFar.contains("不能比较"), "every fund of the year so far compares: " + soFar);
        String performance = html.substring(html.indexOf("十二、绩效执行情况"), html.indexOf("十四、结转结余资金"));
        assertTrue(performance.contains("乌鲁木齐县") && !performance.contains("全部达标"), "one of its two targets due is met: " + performance);
    }

    /** Section 十二 lists the counties whose due targets fall short; one that met them all is counted in the note. */
    @Test
    void aCountyThatMetEveryDueTargetIsCountedNotListed() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        try (io.fundtrace.warehouse.Warehouse writer = io.fundtrace.warehouse.Warehouse.open(warehouse);
             java.sql.Statement statement = writer.connection().createStatement()) {
            statement.execute("UPDATE marts.performance SET actual_value = 60, actual_as_of = DATE '2018-10-20', completion = 1.2, met = true"
                    + " WHERE project_id = 'P3' AND target_id = 'T2'");
        }
        String html = Files.readString(write(warehouse, null, "leader", "met").html(), StandardCharsets.UTF_8);
        String performance = html.substring(html.indexOf("十二、绩效执行情况"), html.indexOf("十四、结转结余资金"));
        assertTrue(performance.contains("到期目标全部达标的 1 个县不列") && performance.contains("本期无数据"), performance);
        assertFalse(performance.contains("乌鲁木齐县"), performance);
    }

    @Test
    void sameWarehouseAndMonthGiveIdenticalBytes() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        MonthlyReport.Output first = write(warehouse, null, "leader", "first");
        MonthlyReport.Output second = write(warehouse, null, "leader", "second");
        assertArrayEquals(Files.readAllBytes(first.html()), Files.readAllBytes(second.html()));
        assertArrayEquals(Files.readAllBytes(first.pdf()), Files.readAllBytes(second.pdf()));
        assertEquals(5, first.charts().size());
        for (int i = 0; i < first.charts().size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.charts().get(i)), Files.readAllBytes(second.charts().get(i)),
                    first.charts().get(i).getFileName().toString());
        }
        assertTrue(Files.size(first.pdf()) < 2_000_000, "the font is embedded as a subset");
    }

    @Test
    void regionReportShowsNothingOfAnotherPrefecture() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        MonthlyReport.Output output = write(warehouse, "653100", "leader", "kashgar");
        String pdf = text(output.pdf());
        String html = Files.readString(output.html(), StandardCharsets.UTF_8);
        assertTrue(pdf.contains("喀什地区（653100）"));
        for (String document : List.of(pdf, html)) {
            assertFalse(document.contains("乌鲁木齐"));
            assertFalse(document.contains("1,777.77"), "Urumqi's received");
            assertFalse(document.contains("87.65"), "Urumqi's out-of-scope payment");
            assertFalse(document.contains("6,300.00"), "the province's received");
        }
        assertTrue(pdf.contains(Cells.format("(万元)", new java.math.BigDecimal("23222200.00"))), "Kashgar received");
        String lagging = html.substring(html.indexOf("二、进度落后的县"), html.indexOf("三、分资金支出进度"));
        assertTrue(lagging.contains("疏附县"), "its own county lags");
        String regions = html.substring(html.indexOf("四、分地区支出进度"), html.indexOf("五、预警整改情况"));
        assertTrue(regions.contains("疏附县"), "a prefecture's report shows its counties, not itself as one bar");
    }

    @Test
    void regionAndDepartmentRolesNarrowTheScope() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        String region = text(write(warehouse, null, "region:653100", "r").pdf());
        assertTrue(region.contains("喀什地区（653100）"));
        assertFalse(region.contains("乌鲁木齐"));
        assertThrows(IllegalArgumentException.class, () -> write(warehouse, "650100", "region:653100", "x"));
        String department = Files.readString(write(warehouse, null, "department:农业处", "d").html(), StandardCharsets.UTF_8);
        assertTrue(department.contains("中央财政专项扶贫资金"));
        assertFalse(department.contains("护边员补助经费"));
        assertFalse(department.contains("涉密资金（合计）"), "another department's classified fund is not even a total");
    }

    @Test
    void payeeIdsAreMaskedForEveryRoleButPfo() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        String leader = Files.readString(write(warehouse, null, "leader", "l").html(), StandardCharsets.UTF_8);
        String analyst = Files.readString(write(warehouse, null, "analyst", "a").html(), StandardCharsets.UTF_8);
        String pfo = Files.readString(write(warehouse, null, "pfo", "p").html(), StandardCharsets.UTF_8);
        String evaluator = Files.readString(write(warehouse, null, "evaluator", "e").html(), StandardCharsets.UTF_8);
        assertTrue(pfo.contains("653101199001011234"));
        for (String masked : List.of(leader, analyst)) {
            assertFalse(masked.contains("653101199001011234"));
            assertTrue(masked.contains("6531**********1234"));
        }
        assertFalse(evaluator.contains("收款人证件号"), "no payee column at all for an evaluator");
        assertFalse(evaluator.contains("**********1234"));
    }

    @Test
    void classifiedFundShowsOnlyTotalsOutsideLeaderAndPfo() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        String leader = Files.readString(write(warehouse, null, "leader", "l").html(), StandardCharsets.UTF_8);
        String analyst = Files.readString(write(warehouse, null, "analyst", "a").html(), StandardCharsets.UTF_8);
        assertTrue(leader.contains("护边员补助经费"));
        assertFalse(analyst.contains("护边员补助经费"));
        assertFalse(analyst.contains("R08"));
        assertTrue(analyst.contains("涉密资金（合计）"));
        assertTrue(analyst.contains("300.00"), "the classified fund's received stays in its total row");
    }

    /**
     * Outside leader and pfo a classified fund is its province's total and nothing below: Kashgar's
     * figures leave out R08's 1,000,000 received there, and a Kashgar reader gets no total row of it.
     */
    @Test
    void aClassifiedFundIsOnlyTheProvincesTotalOutsideLeaderAndPfo() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        String leader = Files.readString(write(warehouse, null, "leader", "l").html(), StandardCharsets.UTF_8);
        String analyst = Files.readString(write(warehouse, null, "analyst", "a").html(), StandardCharsets.UTF_8);
        String kashgar = Files.readString(write(warehouse, null, "region:653100", "k").html(), StandardCharsets.UTF_8);
        assertTrue(leader.contains("2,322.22"), "Kashgar's received with R08, for the leader");
        assertFalse(analyst.contains("2,322.22"), "R08 at Kashgar is below the province");
        assertTrue(analyst.contains("2,222.22"), "Kashgar's received without R08");
        assertTrue(analyst.contains("涉密资金（合计）"), "the province's total row stays");
        assertFalse(kashgar.contains("涉密资金（合计）"), "a prefecture's reader gets no total of R08 at the prefecture");
        assertFalse(kashgar.contains("100.00"), "R08's received at Kashgar, in 万元");
    }

    /** An evaluator reads marts and metrics, not indicator-level carry-over or reconciliation rows: the sections say so. */
    @Test
    void anEvaluatorGetsNoIndicatorLevelCarryoverOrReconciliation() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        String evaluator = Files.readString(write(warehouse, null, "evaluator", "e").html(), StandardCharsets.UTF_8);
        String analyst = Files.readString(write(warehouse, null, "analyst", "a").html(), StandardCharsets.UTF_8);
        assertTrue(analyst.contains("结转（1年）") && analyst.contains("金额不符"));
        assertFalse(evaluator.contains("结转（1年）") || evaluator.contains("金额不符"), "no carry-over age bands, no mismatch");
        assertTrue(evaluator.contains(MonthlyReport.CARRYOVER_HEADING) && evaluator.contains(MonthlyReport.RECONCILIATION_HEADING));
        assertEquals(2, evaluator.split(MonthlyReport.WITHHELD, -1).length - 1, "both sections say why they are empty");
        String pdf = text(write(warehouse, null, "evaluator", "e-pdf").pdf());
        assertTrue(pdf.contains("按访问规则"), "the PDF says so too");
    }

    /** Names from the data are text in the page, never markup (the HTML escapes them). */
    @Test
    void namesFromTheDataAreEscapedInTheHtml() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        try (io.fundtrace.warehouse.Warehouse writer = io.fundtrace.warehouse.Warehouse.open(warehouse);
             java.sql.Statement statement = writer.connection().createStatement()) {
            statement.execute("UPDATE clean.funds SET name = '<script>alert(1)</script>' WHERE fund_code = 'C01'");
            statement.execute("UPDATE clean.regions SET name = '\"><img src=x onerror=alert(2)>' WHERE region_code = '653100'");
        }
        String html = Files.readString(write(warehouse, null, "leader", "x").html(), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>") || html.contains("<img src=x"), "markup from the data");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    }

    @Test
    void chartFontDrawsEveryLabel() throws Exception {
        ChartFonts fonts = ChartFonts.find();
        ReportCharts charts = new ReportCharts(fonts);
        charts.bar(folder.resolve("c.png"), "各地州市支出进度", "地区", "支出进度（%）",
                List.of("喀什地区", "克孜勒苏柯尔克孜自治州"), List.of("支出进度"), List.of(List.of(40.0, 55.5)));
        Font font = fonts.font(12f);
        assertFalse(charts.drawnLabels().isEmpty());
        for (String label : charts.drawnLabels()) {
            assertEquals(-1, font.canDisplayUpTo(label), label);
        }
    }

    /** A horizontal bar chart is as tall as its bars need: one lagging county is not a lone bar in a page-wide box. */
    @Test
    void aHorizontalBarChartIsAsTallAsItsBars() throws Exception {
        ReportCharts charts = new ReportCharts(ChartFonts.find());
        List<String> fifteen = java.util.stream.IntStream.range(0, 15).mapToObj(i -> "县" + i).toList();
        charts.horizontalBar(folder.resolve("one.png"), "短进度最大的县", "县", "短进度（百分点）", List.of("沙依巴克区"),
                List.of("短进度"), List.of(List.of(25.0)));
        charts.horizontalBar(folder.resolve("fifteen.png"), "短进度最大的县", "县", "短进度（百分点）", fifteen,
                List.of("短进度"), List.of(fifteen.stream().map(county -> 10.0).toList()));
        java.awt.image.BufferedImage one = javax.imageio.ImageIO.read(folder.resolve("one.png").toFile());
        java.awt.image.BufferedImage all = javax.imageio.ImageIO.read(folder.resolve("fifteen.png").toFile());
        assertEquals(1000, one.getWidth());
        assertEquals(220, one.getHeight());
        assertEquals(520, all.getHeight());
    }

    @Test
    void withoutACjkFontTheReportStopsNamingThePackage() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ChartFonts.find(List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))));
        assertTrue(error.getMessage().contains("fonts-wqy-zenhei"));
    }
}
