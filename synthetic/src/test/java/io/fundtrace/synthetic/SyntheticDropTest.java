package io.fundtrace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDropTest {
    private static final List<String> RULE_CODES = List.of("ISSUE_OVERDUE", "CARRYOVER", "SURPLUS_RECOVERY",
            "NO_PERFORMANCE_TARGET", "TARGET_SHORTFALL", "OUT_OF_SCOPE", "DEEP_POVERTY_GROWTH_LAG", "RECONCILIATION",
            "IDLE_FUNDS", "OVERSPEND", "PAID_BEFORE_RECEIVED", "DUPLICATE_PAYEE", "DOC_NOT_ATTACHED");

    @TempDir
    Path temporary;

    @Test
    void sameOptionsGiveIdenticalFiles() throws Exception {
        GeneratorOptions options = new GeneratorOptions(7, 0.05, 2018, 2020, "utf-8", "en", 0.001);
        new SyntheticDrop(options).writeTo(temporary.resolve("first"));
        new SyntheticDrop(options).writeTo(temporary.resolve("second"));
        Map<String, String> first = checksums(temporary.resolve("first"));
        assertTrue(first.size() > 10, first.keySet().toString());
        assertEquals(first, checksums(temporary.resolve("second")));
    }

    /** Two years, so that the deep-poverty growth of the other provinces is compared too. */
    @Test
    void theNationalProfileIsDeterministicCarriesItsRegionsAndPlantsEveryRule() throws Exception {
        GeneratorOptions options = new GeneratorOptions(7, 0.001, 2019, 2020, "utf-8", "en", 0, GeneratorOptions.NATIONAL);
        new SyntheticDrop(options).writeTo(temporary.resolve("first"));
        new SyntheticDrop(options).writeTo(temporary.resolve("second"));
        Map<String, String> first = checksums(temporary.resolve("first"));
        assertTrue(first.containsKey("regions.csv") && first.containsKey("poverty_status.csv"), first.keySet().toString());
        assertEquals(first, checksums(temporary.resolve("second")));
        List<String> regions = Files.readAllLines(temporary.resolve("first").resolve("regions.csv"), StandardCharsets.UTF_8);
        assertEquals(30, regions.stream().filter(line -> line.contains(",province,100000")).count(), "every other province");
        Map<String, Long> perRule = Files.readAllLines(SyntheticDrop.keyFile(temporary.resolve("first"), "answer_key.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(',')), Collectors.counting()));
        assertEquals(RULE_CODES.size(), perRule.size(), perRule.toString());
    }

    @Test
    void answerKeyCoversEveryRuleCodeThreeTimes() throws Exception {
        Path folder = temporary.resolve("drop");
        new SyntheticDrop(GeneratorOptions.defaults()).writeTo(folder);
        List<String> lines = Files.readAllLines(SyntheticDrop.keyFile(folder, "answer_key.csv"), StandardCharsets.UTF_8);
        assertEquals("rule,level,fiscal_year,fund_code,region_code,project_id,indicator_id,payment_id,amount,days,reason",
                lines.get(0));
        Map<String, Long> perRule = lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.groupingBy(rule -> rule, TreeMap::new, Collectors.counting()));
        for (String rule : RULE_CODES) {
            assertTrue(perRule.getOrDefault(rule, 0L) >= 3, rule + " in " + perRule);
        }
        assertEquals(RULE_CODES.size(), perRule.size(), perRule.toString());
    }

    @Test
    void dirtyKeyCoversEveryQuarantineRule() throws Exception {
        Path folder = temporary.resolve("dirty");
        new SyntheticDrop(new GeneratorOptions(3, 0.02, 2018, 2020, "gbk", "zh", 0.002)).writeTo(folder);
        List<String> canonical = CsvLines.readResource("/ingest/quarantine_rules.csv").stream().map(row -> row.get("rule"))
                .toList();
        List<String> key = Files.readAllLines(SyntheticDrop.keyFile(folder, "dirty_key.csv"), StandardCharsets.UTF_8);
        assertEquals("file,line,rule", key.get(0));
        List<String> rules = key.stream().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)).distinct().sorted()
                .toList();
        assertEquals(canonical.stream().sorted().toList(), rules);
    }

    @Test
    void everyAmountAndDateFormatOfTheContractAppears() throws Exception {
        Path folder = temporary.resolve("formats");
        new SyntheticDrop(new GeneratorOptions(5, 0.01, 2018, 2020, "utf-8", "en", 0)).writeTo(folder);
        String payments = Files.readString(folder.resolve("payments_2019.csv"), StandardCharsets.UTF_8);
        for (String pattern : List.of(",\\d+\\.\\d{2},", ",\"\\d{1,3}(,\\d{3})+\\.\\d{2}\"", ",¥\\d+(\\.\\d{1,2})?,",
                ",￥\\d+(\\.\\d{1,2})?,", ",-\\d+\\.\\d{2},", ",2019-\\d{2}-\\d{2},", ",2019/\\d{1,2}/\\d{1,2},", ",2019\\d{4},",
                ",2019年\\d{1,2}月\\d{1,2}日,")) {
            assertTrue(java.util.regex.Pattern.compile(pattern).matcher(payments).find(), pattern);
        }
        assertTrue(payments.startsWith("\uFEFFpayment_id,pay_date,"), "UTF-8 with BOM and English headers");
        List<String> info = Files.readAllLines(SyntheticDrop.keyFile(folder, "drop_info.csv"), StandardCharsets.UTF_8);
        assertTrue(info.contains("last_event_date,2021-03-31"), info.toString());
    }

    @Test
    void chineseHeadersInGbk() throws Exception {
        Path folder = temporary.resolve("gbk");
        new SyntheticDrop(new GeneratorOptions(5, 0.01, 2018, 2018, "gbk", "zh", 0)).writeTo(folder);
        String header = Files.readAllLines(folder.resolve("indicators.csv"), java.nio.charset.Charset.forName("GB18030")).get(0);
        assertTrue(header.startsWith("指标编号,预算年度,本级文号,上级指标编号"), header);
    }

    @Test
    void regeneratingReplacesAnEarlierDropButRefusesForeignFiles() throws Exception {
        Path folder = temporary.resolve("again");
        new SyntheticDrop(new GeneratorOptions(5, 0.01, 2018, 2020, "utf-8", "en", 0)).writeTo(folder);
        new SyntheticDrop(new GeneratorOptions(5, 0.01, 2019, 2019, "utf-8", "en", 0)).writeTo(folder);
        assertTrue(Files.exists(folder.resolve("payments_2019.csv")));
        assertTrue(!Files.exists(folder.resolve("payments_2018.csv")), "stale file of the earlier drop");
        Path foreign = temporary.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SyntheticDrop(GeneratorOptions.defaults()).writeTo(foreign));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
    }

    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    sums.put(folder.relativize(file).toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return sums;
    }
}
