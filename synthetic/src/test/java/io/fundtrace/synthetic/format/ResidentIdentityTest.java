package io.fundtrace.synthetic.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdentityTest {
    @Test
    void acceptsTheStandardsExamples() {
        // The worked examples of GB 11643-1999 (one ends in X).
        assertTrue(ResidentIdentity.isValid("11010519491231002X"));
        assertTrue(ResidentIdentity.isValid("440524188001010014"));
        assertTrue(ResidentIdentity.isValid("11010519491231002x"));
        assertEquals('X', ResidentIdentity.checkCharacter("11010519491231002"));
        assertEquals('4', ResidentIdentity.checkCharacter("44052418800101001"));
    }

    @Test
    void rejectsEveryCorruptedCheckCharacter() {
        String valid = ResidentIdentity.complete("65322119800101123");
        assertTrue(ResidentIdentity.isValid(valid));
        for (char c : "0123456789X".toCharArray()) {
            if (c != valid.charAt(17)) {
                assertFalse(ResidentIdentity.isValid(valid.substring(0, 17) + c), "check " + c);
            }
        }
    }

    @Test
    void rejectsASwappedDigitWrongLengthAndLetters() {
        assertFalse(ResidentIdentity.isValid("11015019491231002X"));
        assertFalse(ResidentIdentity.isValid("1101051949123100"));
        assertFalse(ResidentIdentity.isValid("11010519491231002X1"));
        assertFalse(ResidentIdentity.isValid("1101A519491231002X"));
        assertFalse(ResidentIdentity.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdentity.checkCharacter("123"));
    }
}
