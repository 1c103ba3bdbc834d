package io.fundtrace.reports.notebook;

import io.fundtrace.reports.Cells;
import io.fundtrace.reports.ReportCharts;
import io.fundtrace.warehouse.ResultTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a SQL cell's result into the categories and series of a chart and draws it in the report
 * theme. Categories and series keep the order of the rows, so the query's ORDER BY orders the chart.
 */
final class NotebookChart {
    private final ReportCharts charts;

    NotebookChart(ReportCharts charts) {
        this.charts = charts;
    }

    void draw(ChartDirective directive, ResultTable result, Path file) throws IOException {
        int x = column(result, directive.x());
        List<String> categories = new ArrayList<>();
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            String category = Cells.format(directive.x(), row.get(x));
            if (!categories.contains(category)) {
                categories.add(category);
            }
            if (directive.series() == null) {
                for (String y : directive.y()) {
                    series.computeIfAbsent(y, name -> new LinkedHashMap<>())
                            .put(category, Cells.chartValue(y, row.get(column(result, y))));
                }
            } else {
                String y = directive.y().get(0);
                String name = Cells.format(directive.series(), row.get(column(result, directive.series())));
                series.computeIfAbsent(name, key -> new LinkedHashMap<>())
                        .merge(category, Cells.chartValue(y, row.get(column(result, y))), Double::sum);
            }
        }
        List<String> names = new ArrayList<>(series.keySet());
        List<List<Double>> values = new ArrayList<>();
        for (String name : names) {
            List<Double> line = new ArrayList<>();
            for (String category : categories) {
                line.add(series.get(name).get(category));
            }
            values.add(line);
        }
        String title = directive.title();
        switch (directive.type()) {
            case "line" -> charts.line(file, title, directive.x(), directive.unit(), categories, names, values);
            case "stacked" -> charts.stackedBar(file, title, directive.x(), directive.unit(), categories, names, values);
            default -> charts.bar(file, title, directive.x(), directive.unit(), categories, names, values);
        }
    }

    private static int column(ResultTable result, String name) {
        for (int i = 0; i < result.columns().size(); i++) {
            if (result.columns().get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the chart names column " + name + ", but the SQL cell before it has "
                + String.join(", ", result.columns()));
    }
}
