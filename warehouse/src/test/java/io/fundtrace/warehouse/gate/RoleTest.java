package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.WarehouseException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one role of every reader (it replaced the reports' own, which was case-sensitive, took region:abc and read null as leader). */
final class RoleTest {
    @Test
    void parsesTheSixRolesWhateverTheCase() {
        assertEquals(Role.LEADER, Role.parse(" Leader "));
        assertEquals(Role.parse(Role.DEFAULT), Role.LEADER);
        assertEquals(new Role(Role.Kind.REGION, "653100"), Role.parse("REGION:653100"));
        assertEquals("department:农业处", Role.parse("Department: 农业处").toString());
        for (Role.Kind kind : Role.Kind.values()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            String text = switch (kind) {
                case REGION -> name + ":650000";
                case DEPARTMENT -> name + ":预算处";
                default -> name;
            };
            assertEquals(text, Role.parse(text).toString());
        }
    }

    @Test
    void refusesWhatIsNoRole() {
        for (String text : Arrays.asList(null, "", " ", "boss", "region:abc", "region:65310", "region", "department", "department:",
                "leader:x", "analyst:653100")) {
            WarehouseException refused = assertThrows(WarehouseException.class, () -> Role.parse(text), String.valueOf(text));
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    @Test
    void answersWhatTheAccessRulesSay() {
        assertTrue(Role.parse("pfo").seesPayeeIdentity());
        assertFalse(Role.parse("leader").seesPayeeIdentity());
        assertTrue(Role.parse("leader").seesClassifiedDetail() && Role.parse("pfo").seesClassifiedDetail());
        assertFalse(Role.parse("analyst").seesClassifiedDetail() || Role.parse("department:行政政法处").seesClassifiedDetail());
        assertEquals("653100", Role.parse("region:653100").regionScope());
        assertNull(Role.parse("region:653100").departmentScope());
        assertEquals("农业处", Role.parse("department:农业处").departmentScope());
        assertEquals(Role.parse("analyst"), Role.parse("evaluator").aggregateSource(), "an evaluator's metrics are aggregates of an analyst's rows");
        assertEquals(Role.parse("region:653100"), Role.parse("region:653100").aggregateSource());
    }
}
