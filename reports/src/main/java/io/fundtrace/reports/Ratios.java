package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one division of a ratio, done exactly: SQL returns "<label>|num" and "<label>|den" as sums
 * (DuckDB divides decimals in floating point), and they become one column "<label>", rounded
 * half-up to 4 decimals, empty where the divisor is 0 or less (rules.md, Words).
 */
public final class Ratios {
    private static final String NUMERATOR = "|num";
    private static final String DENOMINATOR = "|den";

    private Ratios() {
    }

    public static BigDecimal of(Object numerator, Object denominator) {
        if (numerator == null || denominator == null) {
            return null;
        }
        BigDecimal top = new BigDecimal(numerator.toString());
        BigDecimal bottom = new BigDecimal(denominator.toString());
        if (bottom.signum() <= 0) {
            return null;
        }
        return top.divide(bottom, 4, RoundingMode.HALF_UP);
    }

    static ResultTable combine(ResultTable table) {
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String name = table.columns().get(i);
            if (name.endsWith(DENOMINATOR)) {
                continue;
            }
            if (name.endsWith(NUMERATOR)) {
                String label = name.substring(0, name.length() - NUMERATOR.length());
                int denominator = table.columns().indexOf(label + DENOMINATOR);
                if (denominator < 0) {
                    throw new IllegalStateException("ratio " + label + " has no " + DENOMINATOR + " column");
                }
                columns.add(label);
                types.add("DECIMAL(18,4)");
                sources.add(new int[] {i, denominator});
            } else {
                columns.add(name);
                types.add(table.types().get(i));
                sources.add(new int[] {i});
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> out = new ArrayList<>();
            for (int[] source : sources) {
                out.add(source.length == 1 ? row.get(source[0]) : of(row.get(source[0]), row.get(source[1])));
            }
            rows.add(java.util.Collections.unmodifiableList(out));
        }
        return new ResultTable(columns, types, rows, table.truncated());
    }
}
