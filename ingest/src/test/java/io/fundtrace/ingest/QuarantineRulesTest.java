package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every quarantine rule of quarantine_rules.csv, each broken by a hand-written row. */
class QuarantineRulesTest {
    @TempDir
    Path temp;

    static String creditCode(String seventeen) {
        String codes = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += codes.indexOf(seventeen.charAt(i)) * weights[i];
        }
        return seventeen + codes.charAt((31 - sum % 31) % 31);
    }

    @Test
    void eachRuleQuarantinesItsRowsAndOnlyThose() throws Exception {
        Path drop = temp.resolve("drop");
        String person = IngestBenchmark.personId("65010219800101001");
        String badPerson = person.substring(0, 17) + (person.charAt(17) == '1' ? '2' : '1');
        String enterprise = creditCode("91650100MA7XXXX0A");
        String badEnterprise = enterprise.substring(0, 17) + (enterprise.charAt(17) == '1' ? '2' : '1');
        TestDrops.write(drop, "indicators.csv", TestDrops.INDICATOR_HEADER,
                "I1,2018,新财农〔2018〕1号,,C01,650000,650102,1000,,2018-03-01,,2130501,,,,",
                "I2,,doc,,C01,650000,650102,1000,,2018-03-01,,,,,,",
                "I3,2018,doc,,C01,650000,650102,12.345,,2018-03-01,,,,,,",
                "I4,2018,doc,,C01,650000,650102,1000,,2018-02-30,,,,,,",
                "I5,2018,doc,,C01,650000,650102,1000,,2018-03-01,,,X,,,",
                "I6,2018,doc,,C01,650000,65010,1000,,2018-03-01,,,,,,",
                "I7,2018,doc,,C01,650000,659999,1000,,2018-03-01,,,,,,",
                "I8,2018,doc,,C99,650000,650102,1000,,2018-03-01,,,,,,",
                "I9,2018,doc,,C01,650000,650102,1000,,2018-03-01,,,,,S000,",
                "I10,2018,doc,,C01,650000,650102,0,,2018-03-01,,,,,,",
                "I11,2018,doc,,C01,650000,650102,100,200,2018-03-01,,,,,,",
                "I12,2018,doc,,C01,650000,650102,100,,2018-03-01,2018-02-01,,,,,",
                "I13,2018,doc,,C01,650000,650102,100,,2019-01-01,,,,,,",
                "I14,2018,doc,,C01,650000,650102,100,,2018-03-01,,,,,,",
                "I14,2018,doc,,C01,650000,650102,200,,2018-03-01,,,,,,",
                "I20,2018,doc,,C02,650000,650102,1000,,2018-03-01,,,,,,",
                "I21,2018,doc,,C01,650000,650102,100,,1020-05-12,,,,,,",
                "I22,2018,doc,,C01,650000,650102,100,,0000-01-01,,,,,,",
                "I23,2018,doc,,C01,650000,650102,99999999999999999999.99,,2018-03-01,,,,,,",
                "I24,2018,doc,,C01,650000,650102,\"¥99,999,999,999,999,999,999.00\",,2018-03-01,,,,,,",
                "I\u000025,2018,doc,,C01\t,650000,650102,100,,2018-03-01,,,,,,",
                "I26,2018,doc,,C01,650000,650102,100,-5,2018-03-01,,,,,,",
                // the contract asks > 0 of amount only: a poverty share of 0 loads
                "I27,2018,doc,,C01,650000,650102,100,0,2018-03-01,,,,,,");
        TestDrops.write(drop, "payments.csv", TestDrops.PAYMENT_HEADER,
                "P1,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,500,,,",
                "P2,2018-06-01,650102,,I1,,C01,2130501,30299,person," + badPerson + ",,,,500,,,",
                "P3,2018-06-01,650102,,I1,,C01,2130501,30299,企业," + badEnterprise + ",,,,500,,,",
                "P4,2018-06-01,650102,,I404,,C01,2130501,30299,person," + person + ",,,,500,,,",
                "P5,2018-06-01,650102,,I1,,C02,2130501,30299,person," + person + ",,,,500,,,",
                "P6,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,0,,,",
                "P7,2018-06-02,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-10,,,",
                "P8,2018-06-02,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-10,P404,,",
                "P9,2018-06-02,650102,,I20,,C02,2130501,30299,person," + person + ",,,,-10,P1,,",
                "P10,2018-06-02,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-400,P1,,",
                "P11,2018-06-03,650102,,I1,,C01,2130501,30299,person," + person + ",,,,-200,P1,,",
                "P12,2018-06-01,650102,,I1,,C01,2130501,30299,unit," + enterprise + ",,,,￥1234.5,,,",
                "ZF\u0000202000000100,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,500,,,",
                "P14,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,分两次\t发放,500,,,",
                "P15,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,响铃\u0007,500,,,",
                // an unquoted thousands separator: one field more than the header
                "P16,2018-06-01,650102,,I1,,C01,2130501,30299,person," + person + ",,,,1,234.50,,,",
                // person IDs of another shape: an old 15-digit card, letters, a full-width digit (cast as digits, they failed the load)
                "P17,2018-06-01,650102,,I1,,C01,2130501,30299,person,650102199001011,,,,500,,,",
                "P18,2018-06-01,650102,,I1,,C01,2130501,30299,person,91650102MA7ABCDE1J,,,,500,,,",
                "P19,2018-06-01,650102,,I1,,C01,2130501,30299,person,６5010219900101123X,,,,500,,,");
        TestDrops.write(drop, "projects.csv", "project_id,county_code,name,in_plan,status,budget", "PR1,650102,水渠,Y,实施,",
                "PR2,650102,道路,Y,实施,-100", "PR3,650102,桥,Y,实施,0");
        TestDrops.write(drop, "performance_targets.csv", "project_id,target_id,level1,name,direction,target_value",
                "PR1,T1,产出,数量,>=,123456789012345678901234567890");
        // a parent in the same file is known; one that is nowhere is an unknown region (the tree has no orphan)
        TestDrops.write(drop, "regions_extra.csv", "region_code,name,level,parent_code", "659001,石河子市,county,",
                "659900,新设地区,prefecture,650000", "659901,新设县,county,659900", "659911,孤儿县,county,659910",
                // a parent of the same file that is itself held is no parent
                "659920,坏级次地区,bogus,650000", "659921,坏父县,county,659920",
                // nor is one that the parent check holds itself: down a chain of new regions under a parent that is nowhere
                "659930,新设地区二,prefecture,659939", "659931,新设县二,county,659930", "659932,新设县三,county,659931");
        TestDrops.write(drop, "allocations.csv", "allocation_id,indicator_id,project_id,amount,alloc_date", "A1,I1,PRJ404,100,2018-05-01");

        IngestReport report = TestDrops.ingest(temp.resolve("w.duckdb"), drop);

        Set<String> expected = new TreeSet<>(List.of(
                "indicators.csv|3|missing_required", "indicators.csv|4|unparseable_number", "indicators.csv|5|unparseable_date",
                "indicators.csv|6|invalid_value", "indicators.csv|7|bad_region_code", "indicators.csv|8|unknown_region",
                "indicators.csv|9|unknown_fund", "indicators.csv|10|unknown_staff", "indicators.csv|11|amount_not_positive",
                "indicators.csv|12|poverty_amount_exceeds_amount", "indicators.csv|13|received_before_doc_date",
                "indicators.csv|14|event_date_in_future", "indicators.csv|15|duplicate_key_in_file", "indicators.csv|16|duplicate_key_in_file",
                "payments.csv|3|bad_person_id", "payments.csv|4|bad_credit_code", "payments.csv|5|unknown_indicator",
                "payments.csv|6|fund_mismatch", "payments.csv|7|amount_zero", "payments.csv|8|refund_without_original",
                "payments.csv|9|unknown_original_payment", "payments.csv|10|refund_mismatch", "payments.csv|12|refund_exceeds_original",
                "regions_extra.csv|2|missing_required", "regions_extra.csv|5|unknown_region", "regions_extra.csv|6|invalid_value", "regions_extra.csv|7|unknown_region",
                "regions_extra.csv|8|unknown_region", "regions_extra.csv|9|unknown_region", "regions_extra.csv|10|unknown_region",
                "allocations.csv|2|unknown_project",
                "indicators.csv|18|event_date_out_of_range", "indicators.csv|19|event_date_out_of_range",
                "indicators.csv|20|unparseable_number", "indicators.csv|21|unparseable_number",
                "indicators.csv|22|control_character", "indicators.csv|22|unknown_fund", "payments.csv|14|control_character", "payments.csv|16|control_character",
                "performance_targets.csv|2|unparseable_number", "indicators.csv|23|amount_negative", "projects.csv|3|amount_negative",
                "payments.csv|17|wrong_field_count", "payments.csv|18|bad_person_id", "payments.csv|19|bad_person_id",
                "payments.csv|20|bad_person_id"));
        assertEquals(expected, new TreeSet<>(TestDrops.rows(temp.resolve("w.duckdb"),
                "SELECT source_file || '|' || source_line || '|' || rule FROM quarantine.rows")));
        Set<String> catalogue = Csv.readResource("ingest/quarantine_rules.csv").stream().map(row -> row.get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogue, expected.stream().map(key -> key.substring(key.lastIndexOf('|') + 1)).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(List.of("I1", "I20", "I27"), TestDrops.rows(temp.resolve("w.duckdb"), "SELECT indicator_id FROM clean.indicators ORDER BY 1"));
        assertEquals(List.of("indicators.csv|22|indicator_id", "indicators.csv|22|fund_code", "payments.csv|14|payment_id",
                "payments.csv|16|purpose"), TestDrops.rows(temp.resolve("w.duckdb"),
                "SELECT source_file || '|' || source_line || '|' || column_name FROM quarantine.rows WHERE rule = 'control_character'"
                + " ORDER BY source_file, source_line, column_name DESC"));
        assertEquals(List.of("P1|500.00|person", "P10|-400.00|person", "P12|1234.50|unit", "P14|500.00|person"), TestDrops.rows(temp.resolve("w.duckdb"),
                "SELECT payment_id, amount, payee_type FROM clean.payments ORDER BY 1"));
        // counted from the files as written above, not from the ingest's own arithmetic
        Map<String, List<Long>> readAndQuarantined = Map.of("indicators.csv", List.of(23L, 20L), "payments.csv", List.of(19L, 15L),
                "projects.csv", List.of(3L, 1L), "performance_targets.csv", List.of(1L, 1L),
                "regions_extra.csv", List.of(9L, 7L), "allocations.csv", List.of(1L, 1L));
        for (FileReport file : report.files()) {
            assertEquals(readAndQuarantined.get(file.file()), List.of(file.rowsRead(), file.rowsQuarantined()), file.file());
        }
    }
}
