package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WarehouseTest {
    @TempDir
    Path folder;

    @Test
    void createsTheCleanLayerInARealFile() throws Exception {
        Path file = folder.resolve("w/warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file);
             Statement statement = warehouse.connection().createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'clean'")) {
            rows.next();
            assertEquals(14, rows.getInt(1));
        }
        assertTrue(file.toFile().isFile());
    }

    @Test
    void aFileNamedAfterASchemaOrACatalogOfDuckDbIsAWarehouseLikeAnyOther() {
        for (String name : List.of("clean", "raw", "model", "marts", "audit", "quarantine", "main", "temp", "system", "memory")) {
            Path file = folder.resolve(name + ".duckdb");
            try (DuckDbEngine engine = DuckDbEngine.open(file)) {
                engine.execute("CREATE SCHEMA IF NOT EXISTS raw");
                engine.execute("CREATE TABLE raw.payments AS SELECT 'P1' AS payment_id");
                engine.execute("INSERT INTO clean.departments VALUES ('农业处', 'agriculture', 'NY', 0, 'departments.csv', 2)");
                assertTrue(engine.exists("clean.payments"), name);
                assertTrue(engine.tables().contains("raw.payments"), name);
            }
            try (DuckDbEngine engine = DuckDbEngine.open(file)) {
                assertEquals(List.of(List.of("P1", 1L)), engine.query("SELECT r.payment_id, (SELECT count(*) FROM clean.departments)"
                        + " FROM raw.payments r"), name);
            }
        }
    }

    /**
     * A county's ancestors, asked for by the county: with DuckDB's common-subplan optimizer on, the depth-3 branch of
     * the view's UNION ALL read the depth-2 branch's column and gave the province (650000) as the root
     * (DuckDbConnections).
     */
    @Test
    void aCountysAncestorsAreItsPrefectureProvinceAndTheCentreWhateverTheFilter() {
        Path file = folder.resolve("regions.duckdb");
        try (DuckDbEngine engine = DuckDbEngine.open(file)) {
            engine.execute("INSERT INTO clean.regions VALUES ('100000', '中央', 'central', NULL, 0, 'regions.csv', 2),"
                    + " ('650000', '新疆维吾尔自治区', 'province', '100000', 0, 'regions.csv', 3),"
                    + " ('652900', '阿克苏地区', 'prefecture', '650000', 0, 'regions.csv', 4),"
                    + " ('652923', '库车县', 'county', '652900', 0, 'regions.csv', 5),"
                    + " ('650100', '乌鲁木齐市', 'prefecture', '650000', 0, 'regions.csv', 6)");
            // every column, as an analyst asks (the wrong rows came with SELECT *, not with ancestor_code and depth alone)
            List<String> rows = engine.query("SELECT * FROM model.region_ancestor WHERE region_code = '652923' ORDER BY depth").stream()
                    .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).toList();
            assertEquals(List.of("652923|652923|0", "652923|652900|1", "652923|650000|2", "652923|100000|3"), rows);
        }
    }

    /**
     * rules.md: the province of a region is its ancestor (or itself) of level province. A drop's regions can
     * break the levels: a prefecture put under the centre has no province (it took the centre before), and a
     * county under a county still finds its prefecture and province further up.
     */
    @Test
    void aRegionsProvinceAndPrefectureAreItsNearestAncestorsOfThoseLevels() {
        try (DuckDbEngine engine = DuckDbEngine.open(folder.resolve("levels.duckdb"))) {
            engine.execute("INSERT INTO clean.regions VALUES ('100000', '中央', 'central', NULL, 0, 'regions.csv', 2),"
                    + " ('650000', '新疆维吾尔自治区', 'province', '100000', 0, 'regions.csv', 3),"
                    + " ('652900', '阿克苏地区', 'prefecture', '650000', 0, 'regions.csv', 4),"
                    + " ('652923', '库车县', 'county', '652900', 0, 'regions.csv', 5),"
                    + " ('652999', '库车县某镇', 'county', '652923', 0, 'regions.csv', 6),"
                    + " ('659001', '石河子市', 'county', '650000', 0, 'regions.csv', 7),"
                    + " ('659900', '错挂地区', 'prefecture', '100000', 0, 'regions.csv', 8)");
            List<String> rows = engine.query("SELECT region_code, province_code, prefecture_code FROM model.dim_region ORDER BY region_code")
                    .stream().map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).toList();
            assertEquals(List.of("100000|null|null", "650000|650000|null", "652900|650000|652900", "652923|650000|652900",
                    "652999|650000|652900", "659001|650000|null", "659900|null|659900"), rows);
        }
    }

    @Test
    void splitsScriptsOnLineEndingSemicolons() {
        assertEquals(2, SqlResource.statements("-- c;\nSELECT 1;\nSELECT\n 2;\n").size());
    }

    @Test
    void namesTheMissingResource() {
        WarehouseException e = assertThrows(WarehouseException.class, () -> SqlResource.read("nope.sql"));
        assertTrue(e.getMessage().contains("nope.sql"));
    }
}
