package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PayeeKeyringTest {
    @TempDir
    Path folder;

    @Test
    void createsAPrivateKeyOnFirstUseAndKeepsPseudonymsStable() throws Exception {
        Path file = folder.resolve("config/fundtrace/payee-key");
        String first = PayeeKeyring.open(file).pseudonym("653121198001011234");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, PayeeKeyring.open(file).pseudonym("653121198001011234"));
        assertTrue(first.matches("[0-9a-f]{16}"), first);
        assertNotEquals(first, PayeeKeyring.open(file).pseudonym("653121198001011235"));
    }

    /** Commands started at the same moment on a new installation: each reads the one secret, none a half-written file. */
    @Test
    void openersRacingOnAMissingKeyFileAllReadTheSameSecret() throws Exception {
        for (int round = 0; round < 300; round++) {
            Path file = folder.resolve("race-" + round).resolve("payee-key");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> opened = new ArrayList<>();
            for (int opener = 0; opener < 8; opener++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return PayeeKeyring.open(file).fingerprint();
                }));
            }
            start.countDown();
            Set<String> fingerprints = new HashSet<>();
            for (Future<String> one : opened) {
                fingerprints.add(one.get());
            }
            pool.shutdown();
            assertEquals(1, fingerprints.size(), "round " + round);
            assertEquals(PayeeKeyring.open(file).fingerprint(), fingerprints.iterator().next());
            try (var left = Files.list(file.getParent())) {
                assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    /** A secret someone chose to be guessable makes every pseudonym reversible by trying the IDs. */
    @Test
    void refusesWeakSecrets() throws Exception {
        for (String weak : List.of("00000000000000000000000000000000", "0000000000000000000000000000000000000000000000000000000000000000",
                "0102030405060708090a0b0c0d0e0f", "0101010102020202030303030404040405050505060606060707070701010101")) {
            Path file = folder.resolve("weak-" + weak.length() + "-" + weak.substring(0, 4));
            Files.writeString(file, weak + "\n");
            WarehouseException refused = assertThrows(WarehouseException.class, () -> PayeeKeyring.open(file), weak);
            assertTrue(refused.getMessage().contains("weak secret"), refused.getMessage());
            assertFalse(refused.getMessage().contains(weak), refused.getMessage());
        }
        Path sixteen = folder.resolve("sixteen");
        Files.writeString(sixteen, "8f3a61c2d9e0b4577a1ce28d3f90b6a4\n");
        assertEquals(16, PayeeKeyring.open(sixteen).pseudonym("653121198001011234").length());
    }

    /** The error names the file and what is wrong, never its content (it may be a secret with a typo). */
    @Test
    void neverEchoesTheKeyFile() throws Exception {
        for (String content : List.of("zz3a61c2d9e0b4577a1ce28d3f90b6a4f00dbeefcafe", "SECRET-PASSPHRASE-do-not-print", "abc")) {
            Path file = folder.resolve("bad-" + content.length());
            Files.writeString(file, content + "\n");
            WarehouseException refused = assertThrows(WarehouseException.class, () -> PayeeKeyring.open(file), content);
            assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
            assertFalse(refused.getMessage().contains(content) || refused.getMessage().contains(content.substring(0, 3))
                    || refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    @Test
    void theFingerprintNamesTheSecretWithoutBeingAPseudonym() {
        PayeeKeyring one = PayeeKeyring.open(folder.resolve("one"));
        assertEquals(one.fingerprint(), PayeeKeyring.open(folder.resolve("one")).fingerprint());
        assertNotEquals(one.fingerprint(), PayeeKeyring.open(folder.resolve("two")).fingerprint());
        assertTrue(one.fingerprint().matches("[0-9a-f]{64}"), one.fingerprint());
    }

    @Test
    void anotherSecretGivesOtherPseudonyms() {
        String one = PayeeKeyring.open(folder.resolve("one")).pseudonym("653121198001011234");
        String two = PayeeKeyring.open(folder.resolve("two")).pseudonym("653121198001011234");
        assertNotEquals(one, two);
    }
}
