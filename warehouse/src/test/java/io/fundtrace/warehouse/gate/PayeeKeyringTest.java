package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void anotherSecretGivesOtherPseudonyms() {
        String one = PayeeKeyring.open(folder.resolve("one")).pseudonym("653121198001011234");
        String two = PayeeKeyring.open(folder.resolve("two")).pseudonym("653121198001011234");
        assertNotEquals(one, two);
    }
}
