package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped reference data, as the warehouse holds it after the first (here empty) drop. */
final class ReferenceDataTest {
    @TempDir
    static Path folder;
    static Warehouse warehouse;

    @BeforeAll
    static void loadShippedReference() throws Exception {
        Path drop = Files.createDirectories(folder.resolve("empty-drop"));
        warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        new Ingest().ingest(warehouse, drop, LocalDate.of(2018, 10, 31));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void sixtyTwoFundsOfTheSeedWithTheirDepartments() throws SQLException {
        assertEquals("41", one("SELECT count(*) FROM clean.funds WHERE origin = 'central'"));
        assertEquals("21", one("SELECT count(*) FROM clean.funds WHERE origin = 'regional'"));
        assertEquals("中央财政专项扶贫资金|财政扶贫资金管理办公室|special_poverty",
                one("SELECT name || '|' || department || '|' || scope_profile FROM clean.funds WHERE fund_code = 'C36'"));
        assertEquals("自治区财政专项扶贫资金|special_poverty",
                one("SELECT name || '|' || scope_profile FROM clean.funds WHERE fund_code = 'R15'"));
        assertEquals("护边员补助经费", one("SELECT string_agg(name, ';') FROM clean.funds WHERE classified"));
        assertEquals("0", one("SELECT count(*) FROM clean.funds f LEFT JOIN clean.departments d "
                + "ON d.department = f.department WHERE d.department IS NULL"));
        assertEquals("0", one("SELECT count(*) FROM clean.funds f LEFT JOIN (SELECT DISTINCT scope_profile FROM "
                + "clean.scope_rules) s ON s.scope_profile = f.scope_profile WHERE s.scope_profile IS NULL"));
    }

    @Test
    void twelveDepartmentsEachOwningAFund() throws SQLException {
        assertEquals("12", one("SELECT count(*) FROM clean.departments"));
        assertEquals("12", one("SELECT count(DISTINCT department) FROM clean.funds"));
    }

    @Test
    void theRegionTreeOf2018IsConsistent() throws SQLException {
        assertEquals("central=1;county=96;prefecture=14;province=1",
                one("SELECT string_agg(level || '=' || n, ';' ORDER BY level) FROM "
                        + "(SELECT level, count(*) AS n FROM clean.regions GROUP BY level)"));
        // Every parent exists and sits exactly one level up.
        assertEquals(List.of(), rows("SELECT r.region_code FROM clean.regions r LEFT JOIN clean.regions p "
                + "ON p.region_code = r.parent_code WHERE r.level <> 'central' AND (p.region_code IS NULL OR NOT ("
                + "(r.level = 'province' AND p.level = 'central') OR (r.level = 'prefecture' AND p.level = 'province')"
                + " OR (r.level = 'county' AND p.level = 'prefecture')))"));
        assertEquals("652923|库车县", one("SELECT region_code || '|' || name FROM clean.regions WHERE region_code = '652923'"));
    }

    @Test
    void povertyStatusIsASlowlyChangingAttributeOfCounties() throws SQLException {
        assertEquals("32", one("SELECT count(DISTINCT region_code) FROM clean.poverty_status WHERE status = 'poverty'"));
        assertEquals("21", one("SELECT count(DISTINCT region_code) FROM clean.poverty_status WHERE status = 'deep_poverty'"));
        assertEquals(List.of(), rows("SELECT p.region_code FROM clean.poverty_status p JOIN clean.regions r "
                + "ON r.region_code = p.region_code WHERE r.level <> 'county'"));
        // Every deep-poverty county is a poverty county, and all are in 南疆四地州.
        assertEquals(List.of(), rows("SELECT d.region_code FROM clean.poverty_status d JOIN clean.regions r "
                + "ON r.region_code = d.region_code WHERE d.status = 'deep_poverty' AND (r.parent_code NOT IN "
                + "('652900', '653000', '653100', '653200') OR d.region_code NOT IN "
                + "(SELECT region_code FROM clean.poverty_status WHERE status = 'poverty'))"));
        // The last ten deep-poverty counties exited on 2020-11-14: deep on 2020-11-13, not the day after.
        assertEquals("10", one("SELECT count(*) FROM clean.poverty_status WHERE status = 'deep_poverty' "
                + "AND valid_to = DATE '2020-11-13'"));
        assertEquals("0", one("SELECT count(*) FROM clean.poverty_status WHERE valid_to < valid_from"));
    }

    @Test
    void staffHoldTheFourRolesInKnownRegions() throws SQLException {
        assertEquals("审核;总收发;收发;经办", one("SELECT string_agg(DISTINCT role, ';' ORDER BY role) FROM clean.staff"));
        assertEquals("0", one("SELECT count(*) FROM clean.staff s LEFT JOIN clean.regions r "
                + "ON r.region_code = s.region_code WHERE r.region_code IS NULL"));
    }

    private static String one(String sql) throws SQLException {
        List<String> rows = rows(sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = warehouse.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                out.add(result.getString(1));
            }
        }
        return out;
    }
}
