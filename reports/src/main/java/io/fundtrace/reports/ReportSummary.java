package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Page 1's 综述: a few sentences in the register of a finance department's report, written from the
 * report's own query results (every number in it is a cell of one of them, printed as the tables print
 * it), so the prose can never disagree with the tables that follow.
 */
final class ReportSummary {
    /** The query results the sentences are written from; tables a role may not read are empty ones. */
    record Figures(String scopeName, LocalDate asOf, ResultTable comparison, ResultTable countyCount,
                   ResultTable laggingCounties, BigDecimal lagPoints, ResultTable lifecycle,
                   ResultTable byDepartment, ResultTable growthSoFar, ResultTable performance) {
    }

    private static final String AMOUNT = "(万元)";
    private static final String PERCENT = "(%)";

    private ReportSummary() {
    }

    static List<String> paragraphs(Figures figures) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(money(figures));
        paragraphs.add(comparison(figures.comparison()));
        paragraphs.add(lagging(figures));
        paragraphs.add(warnings(figures.lifecycle(), figures.byDepartment()));
        paragraphs.add(growth(figures.growthSoFar()));
        paragraphs.add(performance(figures.performance()));
        return List.copyOf(paragraphs);
    }

    private static String money(Figures figures) {
        ResultTable table = figures.comparison();
        LocalDate day = figures.asOf();
        return "一是资金到位和支出。截至" + Notices.chineseDate(day) + "，"
                + figures.scopeName() + "年初至本月末扶贫资金到位" + amount(table, 0, "到位资金(万元)") + "万元，支出"
                + amount(table, 0, "支出(万元)") + "万元，支出进度" + percent(table, 0, "支出进度(%)") + "，时间进度"
                + percent(table, 0, "时间进度(%)") + "，支出进度与时间进度之比为" + percent(table, 0, "进度比(%)") + "。";
    }

    /** Rows of the comparison: 0 this month's end, 1 the previous month's end, 2 the same month's end last year. */
    private static String comparison(ResultTable table) {
        return "二是与上月末和上年同期比较。" + change(table, 1, "上月末") + "；" + change(table, 2, "上年同期") + "。";
    }

    private static String change(ResultTable table, int row, String label) {
        BigDecimal now = (BigDecimal) table.value(0, "支出进度(%)");
        BigDecimal then = (BigDecimal) table.value(row, "支出进度(%)");
        if (then == null || now == null) {
            return "与" + label + "（" + table.value(row, "截至") + "）相比无可比数据（当时无到位资金）";
        }
        BigDecimal paid = Cells.decimal(table.value(0, "支出(万元)")).subtract(Cells.decimal(table.value(row, "支出(万元)")));
        BigDecimal points = now.subtract(then);
        String progress = points.signum() == 0 ? "支出进度持平（" + Cells.format(PERCENT, now) + "%）"
                : "支出进度由" + Cells.format(PERCENT, then) + "%" + (points.signum() < 0 ? "下降" : "提高")
                  + Cells.format(PERCENT, points.abs()) + "个百分点";
        return "与" + label + "（" + table.value(row, "截至") + "）相比，支出" + (paid.signum() < 0 ? "减少" : "增加")
                + Cells.format(AMOUNT, paid.abs()) + "万元，" + progress;
    }

    private static String lagging(Figures figures) {
        ResultTable count = figures.countyCount();
        ResultTable counties = figures.laggingCounties();
        String lag = Cells.format(PERCENT, figures.lagPoints());
        StringBuilder text = new StringBuilder("三是进度落后的县。有到位资金的")
                .append(count.value(0, "有到位资金的县(个)")).append("个县中，")
                .append(count.value(0, "落后超过阈值的县(个)")).append("个县支出进度落后时间进度超过").append(lag).append("个百分点");
        // name only counties past the lag: a county ahead of time progress is not "lagging most"
        List<String> named = new ArrayList<>();
        for (int row = 0; row < counties.rows().size() && named.size() < 3; row++) {
            BigDecimal shortProgress = (BigDecimal) counties.value(row, "短进度(%)");
            if (shortProgress != null && shortProgress.compareTo(figures.lagPoints()) > 0) {
                named.add(counties.value(row, "县") + "（落后" + Cells.format("短进度(%)", shortProgress) + "个百分点）");
            }
        }
        if (!named.isEmpty()) {
            text.append("；落后最多的是").append(String.join("、", named));
        }
        return text.append("。").toString();
    }

    private static String warnings(ResultTable lifecycle, ResultTable byDepartment) {
        StringBuilder text = new StringBuilder("四是预警整改。本月新下发预警").append(lifecycle.value(0, "本月下发(条)"))
                .append("条，销号").append(lifecycle.value(0, "本月销号(条)")).append("条；截至月末未整改")
                .append(lifecycle.value(0, "未整改(条)")).append("条，其中逾期未整改").append(lifecycle.value(0, "逾期未整改(条)"))
                .append("条、涉及金额").append(amount(lifecycle, 0, "逾期涉及金额(万元)")).append("万元，")
                .append(lifecycle.value(0, "逐级督办(条)")).append("条已报上级督办；本月被退回的整改反馈")
                .append(lifecycle.value(0, "本月退回反馈(条)")).append("条");
        if (!byDepartment.isEmpty() && ((Number) byDepartment.value(0, "逾期未整改(条)")).longValue() > 0) {
            text.append("；逾期最多的是").append(byDepartment.value(0, "责任处室")).append("（")
                    .append(byDepartment.value(0, "逾期未整改(条)")).append("条）");
        }
        return text.append("。").toString();
    }

    private static String growth(ResultTable growth) {
        int compared = 0;
        int lagging = 0;
        int widest = -1;
        for (int row = 0; row < growth.rows().size(); row++) {
            if ("不适用".equals(growth.value(row, "结论"))) {
                continue;
            }
            compared++;
            if ("低于平均".equals(growth.value(row, "结论"))) {
                lagging++;
                if (widest < 0 || ((BigDecimal) growth.value(row, "差距(%)")).compareTo((BigDecimal) growth.value(widest, "差距(%)")) > 0) {
                    widest = row;
                }
            }
        }
        if (compared == 0) {
            // the comparison is per province (rules.md) and needs last year's indicators by the same day
            return "五是深度贫困县资金增幅。年初至本月末无可与上年同期比较的中央资金（该项按省区比较，需上年同期有下达数据）。";
        }
        StringBuilder text = new StringBuilder("五是深度贫困县资金增幅。年初至本月末可与上年同期比较的中央资金").append(compared)
                .append("项，其中深度贫困县增幅低于全部县平均增幅的").append(lagging).append("项");
        if (widest >= 0) {
            text.append("，差距最大的是").append(growth.value(widest, "资金名称")).append("（深度贫困县增幅")
                    .append(percent(growth, widest, "深度贫困县增幅(%)")).append("，全部县增幅")
                    .append(percent(growth, widest, "全部县增幅(%)")).append("）");
        }
        return text.append("。").toString();
    }

    private static String performance(ResultTable performance) {
        Object due = performance.value(0, "到期目标(个)");
        if (((Number) due).longValue() == 0) {
            return "六是绩效目标完成情况。截至本月末没有已完工项目的绩效目标到期。";
        }
        return "六是绩效目标完成情况。已完工项目到期绩效目标" + due + "个，已报送实际值" + performance.value(0, "已报送(个)")
                + "个，达标" + performance.value(0, "达标(个)") + "个，达标率" + percent(performance, 0, "达标率(%)") + "；"
                + performance.value(0, "未报送(个)") + "个目标未报送实际值，涉及项目" + performance.value(0, "未报送项目(个)") + "个。";
    }

    private static String amount(ResultTable table, int row, String column) {
        return Cells.format(column, table.value(row, column));
    }

    private static String percent(ResultTable table, int row, String column) {
        Object value = table.value(row, column);
        return value == null ? "—" : Cells.format(column, value) + "%";
    }
}
