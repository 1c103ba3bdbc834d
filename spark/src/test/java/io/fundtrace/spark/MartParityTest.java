package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.DispatchResult;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One generated drop, the marts built from the same .sql files on DuckDB and on Spark + Delta: every
 * table of schema marts holds the same rows on both. Values compare with equals after the engines'
 * common normalisation (EngineValues: whole numbers as Long, decimals as BigDecimal at the column's
 * own scale on each engine), so a mart column whose scale differs between the engines fails here
 * instead of being rounded away; column names and order are compared too.
 */
class MartParityTest {
    private static final String MARTS = "marts";

    private static GeneratedWarehouses warehouses;
    private static DuckDbEngine duckdb;
    private static SparkDeltaEngine spark;
    private static BuildResult duckdbBuild;
    private static BuildResult sparkBuild;
    private static DispatchResult duckdbDispatch;
    private static DispatchResult sparkDispatch;

    @BeforeAll
    static void buildOnBothEngines() {
        warehouses = GeneratedWarehouses.shared();
        duckdb = warehouses.duckdb;
        GeneratedWarehouses.Built built = warehouses.built();
        // a reader opened after the build: an engine keeps the committed versions it first read
        spark = warehouses.spark();
        duckdbDispatch = built.duckdbDispatch();
        sparkDispatch = built.sparkDispatch();
        duckdbBuild = built.duckdbBuild();
        sparkBuild = built.sparkBuild();
    }

    @Test
    void theDispatchRecordIsTheSameOnBothEngines() {
        assertTrue(duckdbDispatch.recorded() && sparkDispatch.recorded());
        assertTrue(duckdbDispatch.warningsDispatched() > 0);
        assertEquals(duckdbDispatch.warningsDispatched(), sparkDispatch.warningsDispatched());
        assertEquals(duckdbDispatch.warningsHit(), sparkDispatch.warningsHit());
        for (String table : List.of("audit.warning_dispatches", "audit.warning_month_end_hits")) {
            assertEquals(sortedRows(duckdb, table), sortedRows(spark, table), table);
        }
        assertTrue((Long) duckdb.query("SELECT count(*) FROM marts.warnings WHERE NOT hit").get(0).get(0) > 0,
                "the drop has dispatched warnings that no longer hit");
    }


    @Test
    void everyMartHoldsTheSameRowsOnBothEngines() {
        List<String> duckdbMarts = marts(duckdb);
        assertEquals(duckdbMarts, marts(spark), "the same mart tables");
        assertEquals(duckdbBuild.marts().size(), duckdbMarts.size());
        List<String> empty = new ArrayList<>();
        for (String table : duckdbMarts) {
            assertEquals(duckdb.columns(table), spark.columns(table), table + " columns");
            List<List<Object>> expected = sortedRows(duckdb, table);
            assertEquals(expected, sortedRows(spark, table), table);
            if (expected.isEmpty()) {
                empty.add(table);
            }
        }
        assertTrue(empty.size() <= 2, "the drop gives rows to (almost) every mart; empty: " + empty);
    }

    @Test
    void theDataTestsPassOnSparkAndTheBuildIsRecordedWithItsTableVersions() {
        assertTrue(sparkBuild.testsPassed(), sparkBuild.tests().toString());
        assertTrue(duckdbBuild.testsPassed(), duckdbBuild.tests().toString());
        assertEquals(duckdbBuild.asOf(), sparkBuild.asOf());
        MartRunner runner = new MartRunner(spark);
        assertEquals(sparkBuild.buildNumber(), runner.latestBuildNumber());
        assertEquals(spark.versions(marts(spark)), filter(runner.versionsAtBuild(sparkBuild.buildNumber()), MARTS + "."));
    }

    @Test
    void theWarningsOfEachEngineEqualTheAnswerKey() throws IOException {
        String columns = "rule, level, fiscal_year, fund_code, region_code, project_id, indicator_id, payment_id, amount, days, reason";
        List<String> expected = Files.readAllLines(SyntheticDrop.keyFile(warehouses.drop, "answer_key.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(expected.get(0).replace("\uFEFF", "").split(","));
        List<Integer> positions = List.of(columns.split(", ")).stream().map(header::indexOf).toList();
        List<String> keyRows = expected.subList(1, expected.size()).stream()
                .map(line -> line.split(",", -1))
                .map(cells -> positions.stream().map(p -> cells[p]).collect(Collectors.joining(",")))
                .sorted().toList();
        // each engine against the generator's key, not only against the other engine: parity alone
        // would pass if both engines were wrong the same way
        for (Engine engine : List.<Engine>of(duckdb, spark)) {
            List<String> warnings = engine.query("SELECT " + columns + " FROM marts.warnings WHERE hit").stream()
                    .map(row -> row.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(",")))
                    .sorted().toList();
            assertEquals(keyRows, warnings, engine.name());
        }
    }

    /**
     * rules.md v1.2 on both engines: each DUPLICATE_PAYEE warning_id is SHA-256 over the key with the
     * payee ID or account replaced by its HMAC under the secret the builds used (the test run's key
     * file), computed here with javax.crypto from the payment the warning names.
     */
    @Test
    void duplicatePayeeIdsHashThePseudonymisedKeysOnBothEngines() throws Exception {
        byte[] secret = HexFormat.of().parseHex(Files.readString(Path.of(System.getenv("FUNDTRACE_PAYEE_KEY_FILE"))).strip());
        String query = "SELECT w.warning_id, w.reason, w.fund_code, w.project_id, p.payee_id, p.payee_account, p.pay_date, w.fiscal_year"
                + " FROM marts.warnings w JOIN model.fact_payment p ON p.payment_id = w.payment_id"
                + " WHERE w.rule = 'DUPLICATE_PAYEE' ORDER BY w.warning_id";
        List<List<Object>> hits = duckdb.query(query);
        assertTrue(hits.size() >= 2, "the drop plants both forms: " + hits);
        assertEquals(hits, spark.query(query));
        for (List<Object> hit : hits) {
            String key = hit.get(1).equals("same_month")
                    ? hit.get(2) + "|" + (hit.get(3) == null ? "" : hit.get(3)) + "|" + hmac16(secret, (String) hit.get(4)) + "|"
                            + hit.get(6).toString().substring(0, 7)
                    : hmac16(secret, (String) hit.get(5)) + "|" + hit.get(7);
            assertEquals(sha16("DUPLICATE_PAYEE|" + key), hit.get(0), hit.toString());
        }
    }

    private static String hmac16(byte[] secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static String sha16(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static Map<String, Long> filter(Map<String, Long> versions, String prefix) {
        Map<String, Long> out = new LinkedHashMap<>();
        versions.forEach((table, version) -> {
            if (table.startsWith(prefix)) {
                out.put(table, version);
            }
        });
        return out;
    }

    private static List<String> marts(Engine engine) {
        return engine.tables().stream().filter(table -> table.startsWith(MARTS + ".")).toList();
    }

    private static List<List<Object>> sortedRows(Engine engine, String table) {
        String order = IntStream.rangeClosed(1, engine.columns(table).size())
                .mapToObj(position -> position + " ASC NULLS FIRST").collect(Collectors.joining(", "));
        return engine.query("SELECT * FROM " + table + " ORDER BY " + order);
    }
}
