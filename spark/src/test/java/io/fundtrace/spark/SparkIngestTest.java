package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Contract;
import io.fundtrace.ingest.ContractEntity;
import io.fundtrace.ingest.FileReport;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest on Spark + Delta: the rows DuckDB loads, a repeated drop writes nothing, a failed load leaves every table as it was. */
class SparkIngestTest {
    private static final LocalDate TODAY = LocalDate.of(2021, 3, 31);
    private static final String BATCH_FILES = "SELECT batch_id, file_name, entity, sha256, encoding, header_language, outcome, message,"
            + " rows_read, rows_loaded, rows_replaced, rows_quarantined FROM audit.batch_files";
    /** The parsers of both dialects on the formats they accept and refuse. */
    private static final List<String> PARSED = List.of("ft_amount('1,234.50')", "ft_amount('￥1234.5')", "ft_amount(' -10 ')",
            "ft_amount('12.345')", "ft_amount('-¥-5')", "ft_amount('99999999999999.99')", "ft_amount('6228480012345678')", "ft_number('1,234.5678')", "ft_date('2018/9/7')", "ft_date('2018年9月7日')",
            "ft_date('20180907')", "ft_date('2018-02-30')", "ft_date('2018-9')", "ft_region(' 650102 ')", "ft_region('65010')",
            "ft_year('2018')", "ft_flag('是')", "ft_level('地')", "ft_doc_no('新财农（2018）　1号')", "ft_doc_no('新财农[2018] 1号')",
            "ft_matches('650102\n', '[0-9]{6}')", "ft_blank(' ')");

    @TempDir
    Path folder;

    @Test
    void aGeneratedDirtyDropLoadsTheSameRowsOnBothEnginesAndAgainChangesNoTable() throws IOException {
        Path drop = folder.resolve("drop");
        new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2020, "gbk", "zh", 0.02)).writeTo(drop);
        Map<String, List<String>> onDuckDb;
        List<String> parsedOnDuckDb;
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            new Ingest().ingest(duckdb, drop, TODAY);
            onDuckDb = contents(duckdb);
            parsedOnDuckDb = parsed(duckdb);
        }
        SparkDeltaEngine spark = SharedSpark.engine(folder.resolve("delta"));

        IngestReport report = new Ingest().ingest(spark, drop, TODAY);

        assertTrue(report.rowsQuarantined() > 0 && report.rowsLoaded() > 0, "a dirty drop loads rows and holds rows");
        // rows read per file as the generator wrote them (its manifest), not the ingest's own sum
        Map<String, Long> written = new java.util.HashMap<>();
        List<String> manifest = Files.readAllLines(SyntheticDrop.keyFile(drop, "drop_manifest.csv"), java.nio.charset.StandardCharsets.UTF_8);
        manifest.subList(1, manifest.size()).forEach(line -> written.put(line.split(",")[0], Long.parseLong(line.split(",")[2])));
        for (FileReport file : report.files()) {
            assertEquals(written.get(file.file()), file.rowsRead(), file.file());
        }
        Map<String, List<String>> onSpark = contents(spark);
        assertEquals(onDuckDb.keySet(), onSpark.keySet());
        for (String table : onDuckDb.keySet()) {
            assertEquals(onDuckDb.get(table), onSpark.get(table), table);
        }
        assertEquals(parsedOnDuckDb, parsed(spark));
        assertEquals(List.of(List.of("spark")), spark.query("SELECT DISTINCT engine FROM audit.batches"));

        List<String> tables = new ArrayList<>(onSpark.keySet().stream().filter(table -> table.startsWith("clean.")).toList());
        Map<String, Long> versions = spark.versions(tables);
        IngestReport again = new Ingest().ingest(spark, drop, TODAY);
        assertEquals(0, again.rowsRead());
        assertTrue(again.files().stream().allMatch(file -> file.outcome().equals("skipped")), "the same bytes are skipped");
        assertEquals(versions, spark.versions(tables), "a repeated drop writes no new version of a clean table");
        assertEquals(onSpark.get("clean.payments"), contents(spark).get("clean.payments"));
    }

    /**
     * What a careless clerk and a hostile user drop: mixed line ends, blank lines, a field over two lines,
     * GBK, years typed wrong, numbers too large for their column, NUL and other control characters, files
     * that must be refused. Both engines load, quarantine and refuse the same rows, on the same lines.
     */
    @Test
    void aHostileDropLoadsTheSameRowsOnBothEngines() throws IOException {
        // a folder and a file named as a county's clerk names them: a space, Chinese, a glob's brackets and braces
        // (Spark read the path as a URI's text and a glob: %20 and %E5 as characters, [1] as a pattern)
        Path drop = folder.resolve("hostile 喀什");
        Files.createDirectories(drop);
        write(drop, "projects_喀什 [1]{a}.csv", "project_id,county_code,name,in_plan,status", "PR9,650102,疏附县水渠,Y,实施");
        String indicators = String.join("\r\n", INDICATOR_HEADER + ",attachment", indicator("I1") + ",", "", indicator("I2") + ",\"扫描件",
                "第二页\"") + "\n" + String.join("\n", indicator("I3").replace("2018-03-01", "1020-05-12") + ",",
                indicator("I4").replace("2018-03-01", "0000-01-01") + ",", indicator("I5").replace("100.00", "99999999999999999999.99") + ",",
                indicator("I6").replace("100.00", "\"￥99,999,999,999,999,999,999.00\"") + ",", "", indicator("I\u00007") + ",",
                indicator("I8").replace("C01", "C01\t") + ",") + "\n";
        Files.write(drop.resolve("indicators.csv"), indicators.getBytes(java.nio.charset.Charset.forName("GBK")));
        write(drop, "projects.csv", "project_id,county_code,name,in_plan,status", "PR1,650102,水渠,Y,实施");
        write(drop, "performance_targets.csv", "project_id,target_id,level1,name,direction,target_value",
                "PR1,T1,产出,数量,>=,123456789012345678901234567890", "PR1,T2,产出,\"两行\n名称\",>=,10");
        write(drop, "payments.csv", "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,payee_type,payee_id,purpose,amount",
                "P1,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,分两次\t发放,12.00",
                "P2,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,响铃\u0007,12.00",
                // an unquoted thousands separator: a record one field wider than the header (RaggedRecords)
                "P3,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,补贴,1,234.50",
                // person IDs whose characters are no digits to weigh: an old 15-digit card, a credit code
                "P4,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010,补贴,12.00",
                "P5,2018-04-01,650102,I1,C01,2130501,30305,person,91650102MA7ABCDE1J,补贴,12.00",
                // spaces that are not ASCII around a key and an amount (U+00A0 from a web page, U+3000 the full-width
                // space), and a CRLF inside a quoted value: the same text on both engines
                "P6\u00A0,2018-04-01,650102,\u3000I1,C01,2130501,30305,person,650102198001010012,\"分两次\r\n发放\",\u300012.00\u00A0");
        // payments sent again in a later file: a refund is judged once, against the version that stands (RefundsLeft);
        // which copy counted was once up to the engine
        String refundHeader = "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,payee_type,payee_id,amount,refund_of";
        write(drop, "payments_twice_a.csv", refundHeader, "Q1,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,100,",
                "S1,2018-04-02,650102,I1,C01,2130501,30305,person,650102198001010012,-80,Q1",
                "V1,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,200,",
                "W1,2018-04-02,650102,I1,C01,2130501,30305,person,650102198001010012,-150,V1");
        write(drop, "payments_twice_b.csv", refundHeader, "Q1,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,200,",
                "V1,2018-04-01,650102,I1,C01,2130501,30305,person,650102198001010012,100,");
        // two columns the contract does not know by one name, a third without any: all kept in raw
        write(drop, "performance_actuals.csv", "project_id,target_id,as_of,actual_value,备注,备注,", "PR1,T1,2018-05-01,5,一,二,三");
        Files.writeString(drop.resolve("projects_broken.csv"), "project_id,county_code,name,in_plan,status\nPR2,650102,\"路,Y,实施\nPR3,650102,桥,Y,实施\n");
        write(drop, "funds_twice.csv", "fund_code,name,origin,department,classified,资金编码", "C77,配套,地方,农业处,N,C78");
        Files.createSymbolicLink(drop.resolve("staff.csv"), Path.of("/etc/passwd"));
        Map<String, List<String>> onDuckDb;
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            new Ingest().ingest(duckdb, drop, TODAY);
            onDuckDb = contents(duckdb);
        }
        SparkDeltaEngine spark = SharedSpark.engine(folder.resolve("delta"));

        IngestReport report = new Ingest().ingest(spark, drop, TODAY);

        assertEquals(List.of("funds_twice.csv|refused", "indicators.csv|loaded", "payments.csv|loaded", "payments_twice_a.csv|loaded",
                "payments_twice_b.csv|loaded", "performance_actuals.csv|loaded", "performance_targets.csv|loaded",
                "projects.csv|loaded", "projects_broken.csv|refused", "projects_喀什 [1]{a}.csv|loaded", "staff.csv|refused"),
                report.files().stream().map(file -> file.file() + "|" + file.outcome()).toList());
        Map<String, List<String>> onSpark = contents(spark);
        for (String table : onDuckDb.keySet()) {
            assertEquals(onDuckDb.get(table), onSpark.get(table), table);
        }
        assertEquals(List.of(List.of("P6", "I1", "分两次\n发放", "12.00")),
                spark.query("SELECT payment_id, indicator_id, purpose, CAST(amount AS STRING) FROM clean.payments WHERE payment_id LIKE 'P6%'"));
        assertEquals(List.of(List.of("indicators.csv", 2L, "I1"), List.of("indicators.csv", 4L, "I2"),
                List.of("performance_targets.csv", 3L, "T2")), spark.query("SELECT source_file, source_line, coalesce(indicator_id, target_id)"
                + " FROM (SELECT source_file, source_line, indicator_id, NULL AS target_id FROM clean.indicators"
                + " UNION ALL SELECT source_file, source_line, NULL, target_id FROM clean.performance_targets) ORDER BY 1, 2"));
        assertEquals(List.of("indicators.csv|6|event_date_out_of_range", "indicators.csv|7|event_date_out_of_range",
                "indicators.csv|8|unparseable_number", "indicators.csv|9|unparseable_number", "indicators.csv|11|control_character",
                "indicators.csv|12|control_character", "indicators.csv|12|unknown_fund", "payments.csv|3|control_character",
                "payments.csv|4|wrong_field_count", "payments.csv|5|bad_person_id", "payments.csv|6|bad_person_id",
                "payments_twice_a.csv|5|refund_exceeds_original", "performance_targets.csv|2|unparseable_number"), spark.query("SELECT DISTINCT source_file, source_line, rule"
                + " FROM quarantine.rows ORDER BY 1, 2, 3").stream().map(row -> row.get(0) + "|" + row.get(1) + "|" + row.get(2)).toList());
    }

    /**
     * Held rows across batches (the MERGE of dialect/spark/load/quarantine_release.sql): a reference that comes
     * releases the reason it resolves, a row that then breaks a rule the reference lets be checked keeps that
     * reason, and a row whose last reference comes is loaded - the quarantine DuckDB keeps, batch by batch.
     */
    @Test
    void heldRowsKeepTheReasonsTheyHaveNowOnBothEngines() throws IOException {
        // a chain of new regions under a parent that does not exist yet waits for it, level by level (HeldParents)
        write(folder.resolve("h1"), "regions.csv", "region_code,name,level,parent_code", "659930,新设地区,prefecture,659000",
                "659931,新设县,county,659930", "659932,新设县二,county,659931");
        write(folder.resolve("h2"), "regions.csv", "region_code,name,level,parent_code", "659000,新设直辖,province,100000");
        // A1 again in a later file of the same drop, valid at once: when the first file's A1 is released (batch 3), the
        // later file's stays (a later row replaces an earlier one within a drop)
        write(folder.resolve("h1"), "indicators.csv", INDICATOR_HEADER, indicator("I5"));
        write(folder.resolve("h1"), "projects.csv", "project_id,county_code,name,in_plan,status", "PR5,650102,道路,Y,实施");
        write(folder.resolve("h1"), "allocations_late.csv", "allocation_id,indicator_id,project_id,amount,alloc_date", "A1,I5,PR5,55,2018-05-01");
        List<Path> drops = List.of(
                write(write(folder.resolve("h1"), "allocations.csv", "allocation_id,indicator_id,project_id,amount,alloc_date",
                        "A1,I1,PR1,100,2018-05-01"), "payments.csv",
                        "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,payee_type,payee_id,amount",
                        "P1,2018-11-01,650102,I9,C02,2130505,310,unit,91350100M000100Y43,100"),
                write(folder.resolve("h2"), "indicators.csv", INDICATOR_HEADER, indicator("I1"), indicator("I9")),
                write(folder.resolve("h3"), "projects.csv", "project_id,county_code,name,in_plan,status", "PR1,650102,水渠,Y,实施"));
        SparkDeltaEngine spark = SharedSpark.engine(folder.resolve("delta"));
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            for (Path drop : drops) {
                new Ingest().ingest(duckdb, drop, TODAY);
                new Ingest().ingest(spark, drop, TODAY);
                assertEquals(contents(duckdb), contents(spark), drop.getFileName().toString());
            }
        }
        assertEquals(List.of("null|unknown_indicator|2", "null|unknown_project|3", "P1|fund_mismatch|null", "P1|unknown_indicator|2"),
                spark.query("SELECT get_json_object(raw_values, '$.payment_id'), rule, released_batch_id FROM quarantine.rows"
                        + " WHERE entity <> 'regions' ORDER BY 1, 2").stream().map(row -> row.get(0) + "|" + row.get(1) + "|" + row.get(2)).toList());
        assertEquals(List.of(List.of("A1", "55.00", "allocations_late.csv")),
                spark.query("SELECT allocation_id, CAST(amount AS STRING), source_file FROM clean.allocations"));
        assertEquals(List.of("659930|unknown_region|2", "659931|unknown_region|2", "659932|unknown_region|2"),
                spark.query("SELECT get_json_object(raw_values, '$.region_code'), rule, released_batch_id FROM quarantine.rows"
                        + " WHERE entity = 'regions' ORDER BY 1").stream().map(row -> row.get(0) + "|" + row.get(1) + "|" + row.get(2)).toList());
    }

    /**
     * Later files with keys already loaded, as every monthly drop has: rows sent again unchanged write
     * nothing (not even a new version, which Delta's MERGE committed, rewriting the matched rows' files),
     * a new key goes in, a changed key replaces its row - the same rows as on DuckDB.
     */
    @Test
    void knownKeysSentAgainWriteNothingNewKeysGoInAndAChangedKeyIsReplaced() throws IOException {
        String header = "project_id,county_code,name,in_plan,status";
        List<Path> drops = List.of(
                write(folder.resolve("m1"), "projects_01.csv", header, "PR1,650102,水渠,Y,实施", "PR2,650102,道路,Y,实施"),
                // the same rows in another order: other bytes, so the file is read
                write(folder.resolve("m2"), "projects_02.csv", header, "PR2,650102,道路,Y,实施", "PR1,650102,水渠,Y,实施"),
                write(folder.resolve("m3"), "projects_03.csv", header, "PR1,650102,水渠,Y,实施", "PR3,650102,桥,Y,实施"),
                write(folder.resolve("m4"), "projects_04.csv", header, "PR2,650102,道路,Y,完工"));
        SparkDeltaEngine spark = SharedSpark.engine(folder.resolve("delta"));
        List<Long> versions = new ArrayList<>();
        try (DuckDbEngine duckdb = DuckDbEngine.open(folder.resolve("w.duckdb"))) {
            for (Path drop : drops) {
                new Ingest().ingest(duckdb, drop, TODAY);
                IngestReport report = new Ingest().ingest(spark, drop, TODAY);
                assertEquals(List.of("loaded"), report.files().stream().map(FileReport::outcome).toList());
                versions.add(spark.versions(List.of("clean.projects")).get("clean.projects"));
            }
            assertEquals(contents(duckdb), contents(spark));
        }
        assertEquals(versions.get(0), versions.get(1), "the same rows again: no new version of clean.projects");
        assertEquals(versions.get(1) + 1, versions.get(2), "one new key: one version");
        assertEquals(versions.get(2) + 1, versions.get(3), "a changed key: one version");
        assertEquals(List.of(List.of("PR1", "projects_01.csv", "实施"), List.of("PR2", "projects_04.csv", "完工"),
                List.of("PR3", "projects_03.csv", "实施")), spark.query("SELECT project_id, source_file, status FROM clean.projects ORDER BY 1"));
        assertEquals(List.of(List.of("PR2", "实施")), spark.query("SELECT project_id, status FROM clean.projects_history"));
    }

    @Test
    void aLoadThatFailsHalfWayLeavesEveryTableAtItsVersion() throws IOException {
        SparkDeltaEngine spark = SharedSpark.engine(folder.resolve("delta"));
        Path first = write(folder.resolve("first"), "indicators.csv", INDICATOR_HEADER, indicator("I1"));
        write(first, "projects.csv", "project_id,county_code,name,in_plan", "PR1,650102,路,Y");
        IngestReport loaded = new Ingest().ingest(spark, first, TODAY);
        assertEquals(List.of("loaded", "refused"), loaded.files().stream().map(FileReport::outcome).toList());
        assertEquals("projects.csv: refused: column status (状态) is missing; expected a header naming every required column of projects", loaded.files().get(1).message());
        // indicators merge first; then clean.payments, given a column no contract file has, fails the payments and the load
        spark.execute("ALTER TABLE clean.payments ADD COLUMNS (not_in_the_contract STRING)");
        Map<String, Long> before = spark.folder().versions();
        Map<String, List<String>> contents = contents(spark);
        Path second = write(folder.resolve("second"), "indicators_more.csv", INDICATOR_HEADER, indicator("I2"));
        write(second, "payments.csv", "payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,payee_type,payee_id,amount",
                "P1,2018-04-01,650102,I2,C01,2130501,30305,person,650102198001010012,123.00");

        WarehouseException failure = assertThrows(WarehouseException.class, () -> new Ingest().ingest(spark, second, TODAY));

        assertTrue(failure.getMessage().contains("nothing was loaded"), failure.getMessage());
        Map<String, Long> after = spark.folder().versions();
        assertEquals(before.keySet(), after.keySet(), "the tables the load made are dropped");
        for (Map.Entry<String, Long> table : before.entrySet()) {
            if (!after.get(table.getKey()).equals(table.getValue())) {
                Row last = spark.session().sql("DESCRIBE HISTORY " + table.getKey() + " LIMIT 1").first();
                assertEquals("RESTORE", last.getAs("operation"), table.getKey());
                assertEquals(table.getValue().toString(), last.<String, String>getJavaMap(last.fieldIndex("operationParameters")).get("version"),
                        table.getKey() + " is restored to the version it had");
            }
        }
        assertEquals(contents, contents(SharedSpark.engine(folder.resolve("delta"))));
        assertTrue(WriterLock.read(spark.folder(), spark.settings().writerLease()).released(), "the lock is released");
        assertTrue(WriterLock.read(spark.folder(), spark.settings().writerLease()).unfinished().isEmpty(), "no rollback marker is left");
    }

    private static final String INDICATOR_HEADER = "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date";

    private static String indicator(String id) {
        return id + ",2018,新财农〔2018〕1号,C01,650000,650102,100.00,2018-03-01";
    }

    private static Path write(Path folder, String name, String... lines) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return folder;
    }

    /** Every table the ingest writes, as sorted text rows (the order of storage differs between engines). */
    private static Map<String, List<String>> contents(Engine engine) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (ContractEntity entity : Contract.load().entities()) {
            queries.put("clean." + entity.name(), "SELECT * FROM clean." + entity.name());
            queries.put("clean." + entity.name() + "_history", "SELECT * FROM clean." + entity.name() + "_history");
            queries.put("raw." + entity.name(), "SELECT * FROM raw." + entity.name());
        }
        queries.put("clean.departments", "SELECT * FROM clean.departments");
        queries.put("quarantine.rows", "SELECT * FROM quarantine.rows");
        queries.put("quarantine.rules", "SELECT * FROM quarantine.rules");
        queries.put("audit.batch_files", BATCH_FILES);
        Map<String, List<String>> out = new LinkedHashMap<>();
        queries.forEach((table, query) -> out.put(table, engine.query(query).stream().map(Object::toString)
                .sorted(Comparator.naturalOrder()).toList()));
        return out;
    }

    private static List<String> parsed(Engine engine) {
        return PARSED.stream().map(expression -> String.valueOf(engine.query("SELECT " + expression).get(0).get(0))).toList();
    }
}
