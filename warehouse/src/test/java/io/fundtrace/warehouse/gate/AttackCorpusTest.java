package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AttackCorpusTest {
    private static final Pattern ESCAPE = Pattern.compile("\\\\(n|u[0-9a-fA-F]{4})");
    private static final Pattern REPEAT = Pattern.compile("\\{(.+?)\\*(\\d+)}");
    /** Tight limits, so that the bombs end quickly; the defaults are checked in SqlGateTest. */
    private static final GateLimits LIMITS = GateLimits.load().withTimeLimitSeconds(3).withMemoryLimit("256MB");
    // What no analyst may see: the fixture's payee IDs, names and accounts (the quarantine's too), the
    // classified payments, and the classified fund's county figures (198500.00: R08's balance at 653121).
    private static final List<String> RAW = List.of("653121198001011234", "653122199002025678", "91653200MA77XXXX1K",
            "653121197503039999", "653221198808087777", "张三丰", "李四", "和田建设公司", "王五", "赵六",
            "6228480012345678", "6228480099998888", "6228480011112222", "PAY5", "PAY6",
            "65312119800101123X", "孙七", "6228480077778888", "198500.00");
    // What else a department:预算处 may not see: projects its funds never allocated or paid to.
    private static final List<String> OTHER_DEPARTMENTS = List.of("P653122001", "P653221001", "疏勒县灌溉", "和田县文化室");
    // What else an evaluator may not see: staff IDs, and the indicators of the carry-over and reconciliation marts.
    private static final List<String> STAFF = List.of("S650000001", "S653121001", "S653221001", "新财预2018-1", "新财政2018-5");

    @TempDir
    static Path folder;
    static SqlGate analyst;
    static SqlGate department;
    static SqlGate evaluator;
    static List<String> forbidden;

    @BeforeAll
    static void open() throws Exception {
        Path warehouse = GateFixture.warehouse(folder);
        analyst = GateFixture.open(folder, warehouse, "analyst", LIMITS);
        department = GateFixture.open(folder, warehouse, "department:预算处", LIMITS);
        evaluator = GateFixture.open(folder, warehouse, "evaluator", LIMITS);
        forbidden = new ArrayList<>(RAW);
        for (String value : RAW) {
            for (String algorithm : List.of("MD5", "SHA-256")) {
                forbidden.add(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8))));
            }
        }
        forbidden.add(Files.readString(folder.resolve("keys/payee-key")).strip());
    }

    @AfterAll
    static void close() {
        analyst.close();
        department.close();
        evaluator.close();
    }

    /** What the role may not see, besides the payees and the classified detail no role but leader and pfo sees. */
    private static List<String> forbiddenTo(SqlGate gate) {
        List<String> secrets = new ArrayList<>(forbidden);
        if (gate == department) {
            secrets.addAll(OTHER_DEPARTMENTS);
        }
        if (gate == evaluator) {
            secrets.addAll(STAFF);
        }
        return secrets;
    }

    /** An attack and its mark: refused (R), may run masked (M), a resource bomb (B). */
    record Attack(String sql, char mark) {
    }

    static List<Attack> corpus() {
        List<Attack> attacks = new ArrayList<>();
        for (String line : SqlResource.read("gate/attacks.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!line.matches("[RMB] .*")) {
                throw new IllegalStateException("attacks.txt: a line starts with R, M or B: " + line);
            }
            attacks.add(new Attack(repeat(unescape(line.substring(2))), line.charAt(0)));
        }
        return attacks;
    }

    private static String unescape(String line) {
        Matcher matcher = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String code = matcher.group(1);
            String replacement = code.equals("n") ? "\n" : String.valueOf((char) Integer.parseInt(code.substring(1), 16));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private static String repeat(String line) {
        Matcher matcher = REPEAT.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).repeat(Integer.parseInt(matcher.group(2)))));
        }
        return matcher.appendTail(out).toString();
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(corpus().size() >= 40, "attacks: " + corpus().size());
    }

    @Test
    void everyAttackIsRefusedOrSafelyMasked() {
        List<String> failures = new ArrayList<>();
        for (SqlGate gate : List.of(analyst, department, evaluator)) {
            List<String> secrets = forbiddenTo(gate);
            for (Attack attack : corpus()) {
                String shown = attack.sql().length() > 200 ? attack.sql().substring(0, 200) + "..." : attack.sql();
                long start = System.nanoTime();
                try {
                    ResultTable result = gate.query(attack.sql());
                    if (attack.mark() != 'M') {
                        failures.add(gate.role() + " | " + shown + " | ran instead of being refused or stopped");
                    }
                    for (List<Object> row : result.rows()) {
                        for (Object cell : row) {
                            String text = String.valueOf(cell);
                            secrets.stream().filter(text::contains)
                                    .forEach(secret -> failures.add(gate.role() + " | " + attack.sql() + " | leaked " + secret));
                        }
                    }
                } catch (WarehouseException e) {
                    String message = e.getMessage();
                    if (message.contains("\n") || message.strip().equals("refused:") || message.strip().equals("query failed:")) {
                        failures.add(gate.role() + " | " + shown + " | no one-line reason: " + message);
                    } else if (attack.mark() == 'B' ? !(message.startsWith("refused: ") || message.startsWith("query failed: ")
                            && (message.contains("time limit") || message.contains("memory")))
                            : !message.startsWith("refused: ")) {
                        failures.add(gate.role() + " | " + shown + " | " + message);
                    }
                } catch (RuntimeException e) {
                    fail(shown + " escaped with " + e);
                }
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                if (seconds > LIMITS.timeLimitSeconds() + 2) {
                    failures.add(gate.role() + " | " + shown + " | took " + seconds + " s, over the limit of " + LIMITS.timeLimitSeconds() + " s");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Payee recovery through warning_id (rules.md v1.2): an analyst sees 6531**********1234, the fund,
     * the project and the month; the county and ~24,000 birth dates fill the hidden digits. Under a plain
     * hash of the key one candidate would give the warning_id; under the pseudonymised key none does.
     */
    @Test
    void aDuplicatePayeeWarningIdGivesNoPayeeAway() throws Exception {
        List<List<Object>> seen = analyst.query("SELECT w.warning_id, w.fund_code, w.project_id, w.region_code, w.payee_id, p.pay_date"
                + " FROM marts.warnings w JOIN model.fact_payment p ON p.payment_id = w.payment_id WHERE w.rule = 'DUPLICATE_PAYEE'").rows();
        assertEquals(1, seen.size(), seen.toString());
        List<Object> hit = seen.get(0);
        String masked = (String) hit.get(4);
        assertEquals("6531**********1234", masked);
        String month = hit.get(5).toString().substring(0, 7);
        String prefix = "DUPLICATE_PAYEE|" + hit.get(1) + "|" + hit.get(2) + "|";
        List<String> candidates = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1940, 1, 1); day.isBefore(LocalDate.of(2006, 1, 1)); day = day.plusDays(1)) {
            candidates.add(hit.get(3) + day.toString().replace("-", "") + masked.substring(masked.length() - 4));
        }
        String real = "653121198001011234";
        assertTrue(candidates.contains(real), "the real ID is among the guesses");
        assertEquals(hit.get(0), GateFixture.sha16(prefix + PayeeKeyring.open(GateFixture.keyFile(folder)).pseudonym(real) + "|" + month),
                "the warning is the real ID's");
        for (String candidate : candidates) {
            assertNotEquals(hit.get(0), GateFixture.sha16(prefix + candidate + "|" + month), candidate);
        }
    }

    /** Chosen secrets: a weak one, another strong one than the warehouse's, a bad file; no message shows a key file's content. */
    @Test
    void aChosenSecretOpensNoGate() throws Exception {
        Path warehouse = folder.resolve("warehouse.duckdb");
        Map<String, String> keyFiles = Map.of(
                "zero", "00000000000000000000000000000000",
                "other", "9e2d4c6b8a0f1e3d5c7b9a0817263544f5e6d7c8b9a0a1b2c3d4e5f60718293a",
                "text", "my-own-passphrase-1234567890");
        for (Map.Entry<String, String> keyFile : keyFiles.entrySet()) {
            Path file = folder.resolve("chosen-" + keyFile.getKey());
            Files.writeString(file, keyFile.getValue() + "\n");
            WarehouseException refused = assertThrows(WarehouseException.class,
                    () -> SqlGate.open(warehouse, Role.parse("analyst"), file, new QueryLog(folder.resolve("query-log.jsonl"))));
            assertFalse(refused.getMessage().contains(keyFile.getValue().substring(0, 12)) || refused.getMessage().contains("\n"),
                    refused.getMessage());
        }
    }
}
