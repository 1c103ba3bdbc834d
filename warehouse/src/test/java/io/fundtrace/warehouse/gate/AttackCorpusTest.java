package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AttackCorpusTest {
    private static final Pattern ESCAPE = Pattern.compile("\\\\(n|u[0-9a-fA-F]{4})");
    // What no analyst may see: the fixture's payee IDs, names and accounts, and the classified payments.
    private static final List<String> RAW = List.of("653121198001011234", "653122199002025678", "91653200MA77XXXX1K",
            "653121197503039999", "653221198808087777", "张三丰", "李四", "和田建设公司", "王五", "赵六",
            "6228480012345678", "6228480099998888", "6228480011112222", "PAY5", "PAY6");

    @TempDir
    static Path folder;
    static SqlGate analyst;
    static SqlGate department;
    static List<String> forbidden;

    @BeforeAll
    static void open() throws Exception {
        Path warehouse = GateFixture.warehouse(folder);
        analyst = GateFixture.open(folder, warehouse, "analyst");
        department = GateFixture.open(folder, warehouse, "department:预算处");
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
    }

    /** An attack and whether it must be refused (R) or may run masked (M). */
    record Attack(String sql, boolean mustBeRefused) {
    }

    static List<Attack> corpus() {
        List<Attack> attacks = new ArrayList<>();
        for (String line : SqlResource.read("gate/attacks.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!line.startsWith("R ") && !line.startsWith("M ")) {
                throw new IllegalStateException("attacks.txt: a line starts with R or M: " + line);
            }
            attacks.add(new Attack(unescape(line.substring(2)), line.startsWith("R ")));
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

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(corpus().size() >= 40, "attacks: " + corpus().size());
    }

    @Test
    void everyAttackIsRefusedOrSafelyMasked() {
        List<String> failures = new ArrayList<>();
        for (SqlGate gate : List.of(analyst, department)) {
            for (Attack attack : corpus()) {
                try {
                    ResultTable result = gate.query(attack.sql());
                    if (attack.mustBeRefused()) {
                        failures.add(gate.role() + " | " + attack.sql() + " | ran instead of being refused");
                    }
                    for (List<Object> row : result.rows()) {
                        for (Object cell : row) {
                            String text = String.valueOf(cell);
                            forbidden.stream().filter(text::contains)
                                    .forEach(secret -> failures.add(gate.role() + " | " + attack.sql() + " | leaked " + secret));
                        }
                    }
                } catch (WarehouseException e) {
                    assertFalse(e.getMessage().contains("\n"), "multi-line message for " + attack.sql() + ": " + e.getMessage());
                    assertTrue(e.getMessage().startsWith("refused: "), attack.sql() + " -> " + e.getMessage());
                } catch (RuntimeException e) {
                    fail(attack.sql() + " escaped with " + e);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
