package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void rolesFollowTheAccessRules() {
        assertEquals(Role.LEADER, Role.parse(null));
        assertTrue(Role.parse("pfo").seesPayeeIdentity());
        assertFalse(Role.parse("leader").seesPayeeIdentity());
        assertTrue(Role.parse("leader").seesClassifiedDetail());
        assertFalse(Role.parse("analyst").seesClassifiedDetail());
        assertFalse(Role.parse("evaluator").seesPaymentDetail());
        assertEquals("农业处", Role.parse("department:农业处").department());
        assertEquals("653100", Role.parse("region:653100").region());
        assertNull(Role.parse("region:653100").department());
        assertThrows(IllegalArgumentException.class, () -> Role.parse("department"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("leader:x"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("boss"));
    }

    @Test
    void payeeIdsKeepFourDigitsAtEachEnd() {
        assertEquals("6531**********1234", PayeeMask.mask("653101199001011234"));
        assertEquals("********", PayeeMask.mask("12345678"));
        assertNull(PayeeMask.mask(null));
    }
}
