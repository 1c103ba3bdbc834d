package io.fundtrace.synthetic;

import io.fundtrace.warehouse.gate.PayeeKeyring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The warnings hitting at each month end of a monthly drop - warning_id and level - as the generator
 * reads rules.md over the rows the warehouse holds after that month's cycle: what a cycle dispatches.
 * At the last month end they must be the answer key, which the plants wrote; anything else is a bug.
 */
final class MonthEndHits {
    private final List<Map<String, String>> levelsByMonth = new ArrayList<>();
    private final Set<String> duplicatePayeeIds;

    MonthEndHits(DropModel model, MonthRange range, Deliveries deliveries, PaymentTotals payments, List<Warning> answerKey,
            PayeeKeyring keyring) {
        IndicatorRules indicators = new IndicatorRules(model, range, deliveries, payments);
        ProjectRules projects = new ProjectRules(model, range, deliveries, payments);
        ReconciliationRule reconciliation = new ReconciliationRule(model, range);
        GrowthLagRule growthLag = new GrowthLagRule(model, range);
        LastingHits lasting = new LastingHits(model, range, deliveries, payments, answerKey, keyring);
        duplicatePayeeIds = lasting.duplicatePayeeIds();
        for (int month = 0; month < range.size(); month++) {
            Map<String, String> levels = new TreeMap<>();
            indicators.hits(month, levels);
            projects.hits(month, levels);
            reconciliation.hits(month, levels);
            growthLag.hits(month, levels);
            lasting.hits(month, levels);
            levelsByMonth.add(levels);
        }
        Map<String, String> expected = new TreeMap<>();
        for (Warning warning : answerKey) {
            if (!warning.rule().equals("DUPLICATE_PAYEE")) {
                expected.put(warning.warningId(), warning.level());
            }
        }
        for (String id : lasting.duplicatePayeeIds()) {
            expected.put(id, "orange");
        }
        Map<String, String> last = levelsByMonth.get(range.size() - 1);
        if (!last.equals(expected) || expected.size() != answerKey.size()) {
            throw new IllegalStateException("the month-end reading of the rules does not give the answer key at the last date: "
                    + difference(expected, last));
        }
    }

    private static String difference(Map<String, String> expected, Map<String, String> actual) {
        List<String> missing = new ArrayList<>();
        expected.forEach((id, level) -> {
            if (!level.equals(actual.get(id))) {
                missing.add(id + " " + level);
            }
        });
        List<String> extra = new ArrayList<>();
        actual.forEach((id, level) -> {
            if (!expected.containsKey(id)) {
                extra.add(id + " " + level);
            }
        });
        return "missing " + missing + ", not planted " + extra;
    }

    /** The DUPLICATE_PAYEE warning ids, which hold pseudonyms under the installation's secret. */
    Set<String> duplicatePayeeIds() {
        return duplicatePayeeIds;
    }

    /** warning_id -> level of every warning hitting at the month's end (month numbered from the drop's first). */
    Map<String, String> levels(int month) {
        return levelsByMonth.get(month);
    }
}
