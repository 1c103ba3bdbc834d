package io.fundtrace.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.TablePolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules.md v1.2: the DUPLICATE_PAYEE business keys hold pseudonyms, fund|project|payee_key|yyyy-mm and
 * account_key|year, with payee_key and account_key the first 16 hex digits of HMAC-SHA256 under the
 * installation's payee secret. The expected ids are computed here with javax.crypto, from a secret
 * the test chooses, not through the production classes.
 */
class DuplicatePayeeWarningIdTest {
    private static final String SECRET = "7d3c9a0e51f64b28c1e07a95d2b6483f0c9e15a7b3d8f26e4a01c7593be8d264";
    private static final String PERSON = "653121198001011234";
    private static final String ACCOUNT = "6228480012345678";

    @TempDir
    Path folder;

    @Test
    void sameMonthAndSharedAccountIdsAreHashesOfThePseudonymisedKeys() throws Exception {
        try (BuiltWarehouse built = fixture()) {
            build(built, keyFile(SECRET));
            Map<String, String> sameMonth = hit(built, "same_month");
            Map<String, String> sharedAccount = hit(built, "shared_account");
            assertEquals(sha16("DUPLICATE_PAYEE|C01|PR|" + hmac16(SECRET, PERSON) + "|2018-06"), sameMonth.get("warning_id"));
            assertEquals(sha16("DUPLICATE_PAYEE|" + hmac16(SECRET, ACCOUNT) + "|2018"), sharedAccount.get("warning_id"));
            assertEquals(sha16("DUPLICATE_PAYEE|C01||" + hmac16(SECRET, "653121198002021235") + "|2018-07"),
                    built.query("SELECT warning_id FROM marts.warnings WHERE rule = 'DUPLICATE_PAYEE' AND payment_id = 'N2'").get(0).get("warning_id"),
                    "a payment without a project: the empty part stays empty");
        }
    }

    /**
     * The analyst sees 6531**********1234, the fund, project and month: ~24,000 birth dates fill the
     * hidden digits. The plain hash of rules.md v1.1 gives the ID away among them; the pseudonymised one
     * matches none.
     */
    @Test
    void noCandidateIdReproducesTheWarningId() throws Exception {
        try (BuiltWarehouse built = fixture()) {
            build(built, keyFile(SECRET));
            String warningId = hit(built, "same_month").get("warning_id");
            List<String> candidates = new ArrayList<>();
            for (LocalDate day = LocalDate.of(1940, 1, 1); day.isBefore(LocalDate.of(2006, 1, 1)); day = day.plusDays(1)) {
                candidates.add("653121" + day.toString().replace("-", "") + "1234");
            }
            assertTrue(candidates.contains(PERSON));
            String plainId = sha16("DUPLICATE_PAYEE|C01|PR|" + PERSON + "|2018-06");
            List<String> foundUnderThePlainHash = candidates.stream()
                    .filter(candidate -> sha16("DUPLICATE_PAYEE|C01|PR|" + candidate + "|2018-06").equals(plainId)).toList();
            assertEquals(List.of(PERSON), foundUnderThePlainHash, "the attack works against a plain hash");
            assertTrue(candidates.stream().noneMatch(candidate -> sha16("DUPLICATE_PAYEE|C01|PR|" + candidate + "|2018-06").equals(warningId)));
        }
    }

    /** Only marts.warnings.payee_id holds the ID, and the gate masks that column; no other published mart cell holds either. */
    @Test
    void noPublishedMartCellHoldsThePayeeOrTheAccount() throws Exception {
        try (BuiltWarehouse built = fixture()) {
            build(built, keyFile(SECRET));
            List<String> secrets = List.of(PERSON, ACCOUNT, sha16(PERSON), sha16(ACCOUNT));
            List<String> leaks = new ArrayList<>();
            for (TablePolicy policy : TablePolicy.load()) {
                if (!policy.schema().equals("marts")) {
                    continue;
                }
                for (Map<String, String> row : built.query("SELECT * FROM " + policy.qualifiedName())) {
                    row.forEach((column, value) -> {
                        if (value != null && !(policy.table().equals("warnings") && column.equals("payee_id"))
                                && secrets.stream().anyMatch(value::contains)) {
                            leaks.add(policy.qualifiedName() + "." + column + " = " + value);
                        }
                    });
                }
            }
            assertTrue(leaks.isEmpty(), String.join("\n", leaks));
            assertFalse(built.query("SELECT payee_id FROM marts.warnings WHERE payee_id = '" + PERSON + "'").isEmpty(),
                    "the gate's masking column is there");
        }
    }

    @Test
    void aBuildWithAnotherSecretIsRefusedWithoutShowingEither() throws Exception {
        try (BuiltWarehouse built = fixture()) {
            build(built, keyFile(SECRET));
            String other = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
            Path otherFile = folder.resolve("other-key");
            Files.writeString(otherFile, other + "\n");
            WarehouseException refused = assertThrows(WarehouseException.class,
                    () -> new MartRunner(DuckDbEngine.over(built.warehouse), otherFile).build(LocalDate.of(2018, 12, 31)));
            assertTrue(refused.getMessage().contains("not the one this warehouse is bound to"), refused.getMessage());
            assertFalse(refused.getMessage().contains(SECRET) || refused.getMessage().contains(other)
                    || refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    private BuiltWarehouse fixture() {
        BuiltWarehouse built = new BuiltWarehouse(folder);
        built.fixture.indicator("I1").from(CleanFixture.PREFECTURE, CleanFixture.COUNTY).amount("100000.00").add()
                .project("PR", CleanFixture.COUNTY, true, LocalDate.of(2018, 1, 1), "实施", null)
                .payment("M1").indicator("I1").project("PR").payee("person", PERSON, null).date(LocalDate.of(2018, 6, 2)).add()
                .payment("M2").indicator("I1").project("PR").payee("person", PERSON, null).date(LocalDate.of(2018, 6, 9)).add()
                .payment("N1").indicator("I1").payee("person", "653121198002021235", null).date(LocalDate.of(2018, 7, 2)).add()
                .payment("N2").indicator("I1").payee("person", "653121198002021235", null).date(LocalDate.of(2018, 7, 3)).add();
        for (int person = 1; person <= 5; person++) {
            built.fixture.payment("S" + person).indicator("I1").payee("person", "65312119900101" + (1000 + person), ACCOUNT)
                    .date(LocalDate.of(2018, 3, person)).add();
        }
        return built;
    }

    private static void build(BuiltWarehouse built, Path keyFile) {
        BuildResult result = new MartRunner(DuckDbEngine.over(built.warehouse), keyFile).build(LocalDate.of(2018, 12, 31));
        assertTrue(result.testsPassed(), result.tests().toString());
    }

    private static Map<String, String> hit(BuiltWarehouse built, String reason) {
        List<Map<String, String>> hits = built.query("SELECT * FROM marts.warnings WHERE rule = 'DUPLICATE_PAYEE' AND reason = '"
                + reason + "' AND payment_id <> 'N2'");
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0);
    }

    private Path keyFile(String hex) throws Exception {
        Path file = folder.resolve("payee-key");
        Files.writeString(file, hex + "\n");
        return file;
    }

    private static String hmac16(String secretHex, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static String sha16(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
