package io.fundtrace.synthetic.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @Test
    void acceptsPublishedCodes() {
        // Codes printed on public business licences and in the GB 32100 literature.
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110108551385082Q"));
        assertTrue(CreditCode.isValid("91440300708461136T"));
        assertTrue(CreditCode.isValid("914403001922038216"));
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void rejectsEveryCorruptedCheckCharacter() {
        String valid = CreditCode.complete("12653221MB0123456");
        assertTrue(CreditCode.isValid(valid));
        for (char c : CreditCode.CODE_SET.toCharArray()) {
            if (c != valid.charAt(17)) {
                assertFalse(CreditCode.isValid(valid.substring(0, 17) + c), "check " + c);
            }
        }
    }

    @Test
    void rejectsCharactersOutsideTheCodeSetAndWrongLengths() {
        assertFalse(CreditCode.isValid("91350100M000100I43"));
        assertFalse(CreditCode.isValid("91350100m000100Y43"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100Y433"));
        assertFalse(CreditCode.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100O4"));
    }
}
