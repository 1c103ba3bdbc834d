package io.fundtrace.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts in one theme meant for black-and-white print: black lines told apart by
 * dash and marker, bars in grey and hatching, the unit in the axis label. Rendering is fixed
 * (size, hints, no timestamps) so the same data give the same PNG bytes.
 */
public final class ReportCharts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;
    /** A horizontal bar chart's title, axes and labels, and each bar's line: its height follows its bars. */
    private static final int HORIZONTAL_FRAME = 140;
    private static final int HORIZONTAL_LINE = 30;
    private static final int HORIZONTAL_LEAST = 220;

    private final ChartFonts fonts;
    private final List<String> drawnLabels = new ArrayList<>();

    public ReportCharts(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** Every label drawn so far (title, axes, categories, series), for the font test. */
    public List<String> drawnLabels() {
        return List.copyOf(drawnLabels);
    }

    public void line(Path file, String title, String categoryLabel, String valueLabel,
                     List<String> categories, List<String> seriesNames, List<List<Double>> values) throws IOException {
        DefaultCategoryDataset dataset = dataset(categories, seriesNames, values);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        float[][] dashes = {null, {8f, 6f}, {2f, 4f}};
        for (int i = 0; i < seriesNames.size(); i++) {
            float[] dash = dashes[i % dashes.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesPaint(i, i == 0 ? Color.BLACK : Color.DARK_GRAY);
        }
        write(file, chart(title, categoryLabel, valueLabel, dataset, renderer, false, PlotOrientation.VERTICAL), HEIGHT);
    }

    public void bar(Path file, String title, String categoryLabel, String valueLabel,
                    List<String> categories, List<String> seriesNames, List<List<Double>> values) throws IOException {
        bars(file, title, categoryLabel, valueLabel, categories, seriesNames, values, PlotOrientation.VERTICAL);
    }

    /** Bars running left to right, one category a line: long names (counties) stay readable, the first on top. */
    public void horizontalBar(Path file, String title, String categoryLabel, String valueLabel,
                              List<String> categories, List<String> seriesNames, List<List<Double>> values) throws IOException {
        bars(file, title, categoryLabel, valueLabel, categories, seriesNames, values, PlotOrientation.HORIZONTAL);
    }

    private void bars(Path file, String title, String categoryLabel, String valueLabel, List<String> categories,
                      List<String> seriesNames, List<List<Double>> values, PlotOrientation orientation) throws IOException {
        DefaultCategoryDataset dataset = dataset(categories, seriesNames, values);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(orientation == PlotOrientation.HORIZONTAL ? 0.06 : 0.12);
        for (int i = 0; i < seriesNames.size(); i++) {
            renderer.setSeriesPaint(i, fill(i));
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1f));
        }
        boolean slanted = orientation == PlotOrientation.VERTICAL && categories.size() > 6;
        // one lagging county drawn in the full height is a lone bar in a blank page-wide box
        int height = orientation == PlotOrientation.VERTICAL ? HEIGHT
                : Math.min(HEIGHT, Math.max(HORIZONTAL_LEAST, HORIZONTAL_FRAME + HORIZONTAL_LINE * categories.size() * seriesNames.size()));
        write(file, chart(title, categoryLabel, valueLabel, dataset, renderer, slanted, orientation), height);
    }

    /** Bars of the series stacked on each category, filled like {@link #bar}. */
    public void stackedBar(Path file, String title, String categoryLabel, String valueLabel,
                           List<String> categories, List<String> seriesNames, List<List<Double>> values) throws IOException {
        DefaultCategoryDataset dataset = dataset(categories, seriesNames, values);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < seriesNames.size(); i++) {
            renderer.setSeriesPaint(i, fill(i));
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1f));
        }
        write(file, chart(title, categoryLabel, valueLabel, dataset, renderer, categories.size() > 6, PlotOrientation.VERTICAL), HEIGHT);
    }

    private DefaultCategoryDataset dataset(List<String> categories, List<String> seriesNames, List<List<Double>> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < seriesNames.size(); s++) {
            String series = remember(seriesNames.get(s));
            for (int c = 0; c < categories.size(); c++) {
                dataset.addValue(values.get(s).get(c), series, remember(categories.get(c)));
            }
        }
        return dataset;
    }

    private JFreeChart chart(String title, String categoryLabel, String valueLabel, DefaultCategoryDataset dataset,
                             org.jfree.chart.renderer.category.CategoryItemRenderer renderer, boolean slanted,
                             PlotOrientation orientation) {
        CategoryAxis categoryAxis = new CategoryAxis(remember(categoryLabel));
        categoryAxis.setLabelFont(fonts.font(16f));
        categoryAxis.setTickLabelFont(fonts.font(13f));
        if (slanted) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        NumberAxis valueAxis = new NumberAxis(remember(valueLabel));
        valueAxis.setLabelFont(fonts.font(16f));
        valueAxis.setTickLabelFont(fonts.font(13f));
        if (valueLabel.contains("%")) {
            // Progress reads against the whole year: always show 0-100 %, more only when overspent.
            double highest = 100;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                for (int column = 0; column < dataset.getColumnCount(); column++) {
                    Number value = dataset.getValue(row, column);
                    highest = Math.max(highest, value == null ? 0 : value.doubleValue());
                }
            }
            valueAxis.setRange(0, highest * 1.02);
        }
        if (wholeNumbers(dataset)) {
            // counts: ticks at 1, 2, 3, never 0.1 steps
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
        plot.setOutlinePaint(Color.BLACK);
        JFreeChart chart = new JFreeChart(null, fonts.font(20f), plot, dataset.getRowCount() > 1);
        chart.setTitle(new TextTitle(remember(title), fonts.font(20f)));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(fonts.font(14f));
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return chart;
    }

    private static boolean wholeNumbers(DefaultCategoryDataset dataset) {
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                Number value = dataset.getValue(row, column);
                if (value != null && value.doubleValue() != Math.rint(value.doubleValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void write(Path file, JFreeChart chart, int height) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        graphics.dispose();
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    }

    /** Series fills that differ in print: solid dark grey, light grey, diagonal hatching, dots. */
    private static Paint fill(int series) {
        return switch (series % 4) {
            case 0 -> new Color(90, 90, 90);
            case 1 -> new Color(200, 200, 200);
            case 2 -> hatch(false);
            default -> hatch(true);
        };
    }

    private static Paint hatch(boolean dots) {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 8, 8);
        g.setColor(Color.BLACK);
        if (dots) {
            g.fillRect(3, 3, 2, 2);
        } else {
            g.drawLine(0, 7, 7, 0);
        }
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 8, 8));
    }

    private String remember(String label) {
        drawnLabels.add(label);
        return fonts.checked(label);
    }
}
