package io.fundtrace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningTest {
    // Expected values computed outside Java: sha256("RULE|k1|k2...") in UTF-8, first 16 hex digits.
    @Test
    void warningIdIsTheStartOfTheSha256OfRuleAndGrainKey() {
        assertEquals("cc875cc4e1a038d1", warning("CARRYOVER", List.of("ZB2018000001")).warningId());
        assertEquals("bbae2faa9ba06754",
                warning("RECONCILIATION", List.of("新财农〔2018〕48号", "C36", "650000", "653200")).warningId());
    }

    /** rules.md v1.2: a DUPLICATE_PAYEE key holds pseudonyms under the installation's secret, which a drop cannot know. */
    @Test
    void noDuplicatePayeeIdWithoutThePayeeSecret() {
        assertThrows(IllegalStateException.class, () -> warning("DUPLICATE_PAYEE",
                List.of("C36", "XM65322120180001", "653221198001011234", "2018-09")).warningId());
    }

    @Test
    void reconciliationKeysUseTheNormalisedDocumentNumber() {
        Warning typed = Grain.reconciliation("新财农 [2018] 48号", "C36", "650000", "653200", 2018, null,
                new BigDecimal("1.00"), "transfer_without_indicator");
        assertEquals("bbae2faa9ba06754", typed.warningId());
    }

    @Test
    void cellsLeaveOutWhatTheGrainDoesNotName() {
        Warning warning = warning("CARRYOVER", List.of("ZB2018000001"));
        assertEquals(List.of("CARRYOVER", "yellow", "2018", "C36", "653221", "", "ZB2018000001", "", "1234.50", "", ""),
                warning.cells());
    }

    private static Warning warning(String rule, List<String> key) {
        return new Warning(rule, "yellow", 2018, "C36", "653221", null, "ZB2018000001", null, new BigDecimal("1234.5"),
                null, null, key);
    }
}
