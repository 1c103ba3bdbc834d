package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB side of the dialect macros, on the edges the marts rely on. */
final class DialectTest {
    @TempDir
    Path folder;

    @Test
    void halfUpDivisionRoundsAwayFromZeroOnATieAndGivesNullForAZeroDivisor() throws Exception {
        try (Warehouse warehouse = Warehouse.open(folder.resolve("w.duckdb"))) {
            Dialect.duckdb().register(warehouse.connection());
            assertEquals("3|-3|2|-2|null|2", one(warehouse, "SELECT concat_ws('|', ft_divide_half_up(5, 2), "
                    + "ft_divide_half_up(-5, 2), ft_divide_half_up(7, 3), ft_divide_half_up(7, -3), "
                    + "coalesce(CAST(ft_divide_half_up(1, 0) AS VARCHAR), 'null'), ft_days_between(DATE '2018-01-30', DATE '2018-02-01'))"));
        }
    }

    @Test
    void onSparkTheSortedJoinAggregateIsRewrittenInTheTextAndDuckDbKeepsItsMacro() {
        String sql = "SELECT k, ft_join_sorted(coalesce(a, b)) AS ids, FT_JOIN_SORTED (c) FROM t GROUP BY k";
        assertEquals("SELECT k, CASE WHEN count(coalesce(a, b)) = 0 THEN NULL ELSE array_join(array_sort(collect_set("
                + "coalesce(a, b))), ';') END AS ids, CASE WHEN count(c) = 0 THEN NULL ELSE array_join(array_sort(collect_set("
                + "c)), ';') END FROM t GROUP BY k", Dialect.spark().expand(sql));
        assertEquals(sql, Dialect.duckdb().expand(sql));
    }

    private static String one(Warehouse warehouse, String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
