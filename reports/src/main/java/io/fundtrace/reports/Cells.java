package io.fundtrace.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a cell is printed, chosen by its column label: "(万元)" columns hold yuan and print in 万元,
 * "(亿元)" in 亿元, "(%)" columns hold a ratio and print as a percentage; both to 2 decimals half-up.
 */
public final class Cells {
    private Cells() {
    }

    public static String format(String column, Object value) {
        if (value == null) {
            return "—";
        }
        if (column.endsWith("(万元)")) {
            return grouped(decimal(value).movePointLeft(4));
        }
        if (column.endsWith("(亿元)")) {
            return grouped(decimal(value).movePointLeft(8));
        }
        if (column.endsWith("(%)")) {
            return decimal(value).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return value.toString();
    }

    /** The number a chart plots for a cell, in the unit its label names. */
    public static double chartValue(String column, Object value) {
        if (value == null) {
            return 0;
        }
        BigDecimal number = decimal(value);
        if (column.endsWith("(万元)")) {
            number = number.movePointLeft(4);
        } else if (column.endsWith("(亿元)")) {
            number = number.movePointLeft(8);
        } else if (column.endsWith("(%)")) {
            number = number.movePointRight(2);
        }
        return number.doubleValue();
    }

    public static String yuan(Object value) {
        return value == null ? "—" : grouped(decimal(value)) + " 元";
    }

    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
