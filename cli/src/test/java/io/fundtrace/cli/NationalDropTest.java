package io.fundtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national profile through ingest and marts on DuckDB: the drop's regions.csv and poverty_status.csv
 * give the national county counts, and the other provinces' background triggers no rule, so the warnings
 * still equal the answer key row for row.
 */
final class NationalDropTest {
    private static final String KEY_COLUMNS = "rule, level, fiscal_year, fund_code, region_code, project_id, "
            + "indicator_id, payment_id, amount, days, reason";

    @TempDir
    static Path folder;
    static Path drop;
    static Path warehouse;

    @BeforeAll
    static void generateAndLoad() {
        drop = folder.resolve("drop");
        warehouse = folder.resolve("warehouse.duckdb");
        SyntheticDrop.Summary summary = new SyntheticDrop(
                new GeneratorOptions(7, 0.002, 2019, 2020, "utf-8", "en", 0, GeneratorOptions.NATIONAL)).writeTo(drop);
        try (Warehouse opened = Warehouse.open(warehouse)) {
            new Ingest().ingest(opened, drop, summary.lastEventDate());
            new MartRunner(opened).build(null);
        }
    }

    @Test
    void theWarehouseHoldsTheNationalCountiesAndPovertyCounties() throws Exception {
        assertEquals(List.of("31"), query("SELECT count(*) FROM model.dim_region WHERE level = 'province'"));
        long counties = Long.parseLong(query("SELECT count(*) FROM model.dim_region WHERE level = 'county'").get(0));
        assertTrue(counties >= 2_700 && counties <= 2_900, "about 2,800 counties: " + counties);
        assertEquals(List.of("832"), query("SELECT count(DISTINCT region_code) FROM clean.poverty_status WHERE status = 'poverty'"
                + " OR region_code IN (SELECT region_code FROM clean.poverty_status WHERE status = 'deep_poverty')"));
        assertEquals(List.of("334"), query("SELECT count(DISTINCT region_code) FROM clean.poverty_status WHERE status = 'deep_poverty'"));
    }

    @Test
    void moneyReachesCountiesOfEveryProvince() throws Exception {
        assertEquals(List.of("31"), query("SELECT count(DISTINCT r.province_code) FROM model.fact_payment p"
                + " JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id"
                + " JOIN model.dim_region r ON r.region_code = i.recipient_region"));
    }

    @Test
    void warningsEqualTheAnswerKeyRowForRow() throws Exception {
        List<String> expected = EndToEndTest.csvRows(SyntheticDrop.keyFile(drop, "answer_key.csv"), KEY_COLUMNS.split(", "));
        assertTrue(expected.size() >= 13, "every rule planted");
        List<String> actual = query("SELECT " + KEY_COLUMNS + " FROM marts.warnings");
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
    }

    private static List<String> query(String sql) throws SQLException {
        try (Warehouse opened = Warehouse.open(warehouse); Statement statement = opened.connection().createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rows.getString(i) == null ? "" : rows.getString(i));
                }
                out.add(String.join("|", cells));
            }
            return out;
        }
    }
}
