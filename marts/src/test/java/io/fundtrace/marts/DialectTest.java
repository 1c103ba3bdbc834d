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

    private static String one(Warehouse warehouse, String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
