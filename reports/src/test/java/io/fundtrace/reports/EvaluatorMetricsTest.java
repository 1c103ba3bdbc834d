package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import java.math.BigDecimal;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorMetricsTest {
    private static final YearMonth DECEMBER_2018 = YearMonth.of(2018, 12);

    @TempDir
    Path folder;

    @Test
    void fundMetricsAreExactRatiosOfTheMarts() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        ResultTable table = new EvaluatorMetrics(warehouse)
                .table(DECEMBER_2018, EvaluatorMetrics.Grain.FUND, Role.LEADER);
        assertEquals("C01", table.value(0, "资金代码"));
        // ledger C01 year to date: received 99,999,900, issued down 79,999,800 -> 0.799998...
        assertEquals(new BigDecimal("0.8000"), table.value(0, "分配进度"));
        // warnings of fiscal year 2018 on C01: 5, of which 1 rectified; 5 per 0.200001 亿元, the money counted once where it
        // stayed (received less issued down: 60,000,000 - 39,999,900 at the province, nothing kept by the prefectures),
        // not per the 0.999999 亿元 of received summed over the levels it passed
        assertEquals(new BigDecimal("0.2000"), table.value(0, "整改率"));
        assertEquals(new BigDecimal("24.9999"), table.value(0, "每亿元预警数"));
        // the carry-over of fiscal year 2018 (650121's 7,000,000) over the same money: 0.349998...
        assertEquals(new BigDecimal("0.3500"), table.value(0, "结转率"));
        // performance: P1 has no allocation in the fixture, so no target is tied to a fund
        assertEquals(null, table.value(0, "绩效目标完成率"));
    }

    @Test
    void csvHasAByteOrderMarkAndHidesClassifiedFundsFromAnEvaluator() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        EvaluatorMetrics metrics = new EvaluatorMetrics(warehouse);
        String csv = metrics.render(DECEMBER_2018, EvaluatorMetrics.Grain.FUND, EvaluatorMetrics.Format.CSV, Role.parse("evaluator"));
        assertTrue(csv.startsWith("\uFEFF资金代码,资金名称,分配进度"));
        assertFalse(csv.contains("R08"));
        String county = metrics.render(DECEMBER_2018, EvaluatorMetrics.Grain.COUNTY, EvaluatorMetrics.Format.JSON, Role.LEADER);
        assertTrue(county.contains("\"县代码\": \"653121\""));
        assertTrue(county.contains("\"绩效目标完成率\": 0.7000, \"绩效目标达标率\": 0.5000"), county);
    }

    /**
     * 绩效目标完成率 is domain.md's actual / target, averaged over the targets with an actual, each counted at
     * most 1; 达标率 the share met. 653121's P1 has 0.9 (met) and 0.5; a third target exceeded threefold counts
     * 1, not 3, so it cannot make up for the missed one: (0.9 + 0.5 + 1) / 3 = 0.8000, 2 of 3 met = 0.6667.
     */
    @Test
    void completionIsTheMeanActualOverTargetCappedAtOneAndTheShareMetIsApart() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        try (Warehouse opened = Warehouse.open(warehouse); Statement statement = opened.connection().createStatement()) {
            statement.execute("INSERT INTO marts.performance VALUES ('P1', '653121', 'T3', '产出指标', '培训人次', '>=', 10.0000,"
                    + " 30.0000, DATE '2018-10-01', 3.0000, true, false)");
            // the project grain lists the projects of the library
            statement.execute("INSERT INTO clean.projects (project_id, county_code, name, category, in_plan, status, batch_id,"
                    + " source_file, source_line) VALUES ('P1', '653121', '灌溉渠道项目', '基础设施', true, '实施', 1, 'projects.csv', 3)");
        }
        String county = new EvaluatorMetrics(warehouse).render(DECEMBER_2018, EvaluatorMetrics.Grain.COUNTY,
                EvaluatorMetrics.Format.JSON, Role.LEADER);
        assertTrue(county.contains("\"县代码\": \"653121\"") && county.contains("\"绩效目标完成率\": 0.8000, \"绩效目标达标率\": 0.6667"),
                county);
        String project = new EvaluatorMetrics(warehouse).render(DECEMBER_2018, EvaluatorMetrics.Grain.PROJECT,
                EvaluatorMetrics.Format.JSON, Role.LEADER);
        assertTrue(project.contains("\"绩效目标完成率\": 0.8000, \"绩效目标达标率\": 0.6667"), project);
    }

    /**
     * An evaluator reads no indicator, allocation or payment, yet gets the metrics: they are aggregates
     * computed over what an analyst reads (Role.aggregateSource), so they are the analyst's figures.
     */
    @Test
    void anEvaluatorsMetricsAreTheAggregatesAnAnalystWouldGet() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        EvaluatorMetrics metrics = new EvaluatorMetrics(warehouse);
        for (EvaluatorMetrics.Grain grain : EvaluatorMetrics.Grain.values()) {
            assertEquals(metrics.render(DECEMBER_2018, grain, EvaluatorMetrics.Format.CSV, Role.parse("analyst")),
                    metrics.render(DECEMBER_2018, grain, EvaluatorMetrics.Format.CSV, Role.parse("evaluator")), grain.name());
        }
    }
}
