package io.fundtrace.synthetic;

import io.fundtrace.warehouse.gate.PayeeKeyring;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules whose hits never end while rows are only added - OUT_OF_SCOPE and PAID_BEFORE_RECEIVED (one
 * payment, judged on its own dates), NO_PERFORMANCE_TARGET (money reached a project without targets),
 * DOC_NOT_ATTACHED (received without its document) and DUPLICATE_PAYEE (counts that only grow): a hit at
 * any month end is still one at the drop's last date, so these are the answer key's warnings, each from
 * the first month end it hits at. DUPLICATE_PAYEE ids hold pseudonyms under the installation's payee secret.
 */
final class LastingHits {
    private static final int SHARED_ACCOUNT_MINIMUM = 5;

    private record Start(String warningId, String level, int month) {
    }

    private final List<Start> starts = new ArrayList<>();
    private final Set<String> duplicatePayeeIds = new HashSet<>();

    LastingHits(DropModel model, MonthRange range, Deliveries deliveries, PaymentTotals payments, List<Warning> answerKey,
            PayeeKeyring keyring) {
        Map<String, Payment> planted = new HashMap<>();
        for (Payment payment : model.plantedPayments) {
            planted.put(payment.id(), payment);
        }
        Map<String, Integer> firstAllocation = new HashMap<>();
        for (Allocation allocation : model.allocations) {
            firstAllocation.merge(allocation.projectId(), deliveries.allocationVisible(allocation), Math::min);
        }
        for (Warning warning : answerKey) {
            switch (warning.rule()) {
                case "OUT_OF_SCOPE", "PAID_BEFORE_RECEIVED" -> add(warning, warning.warningId(),
                        deliveries.paymentVisible(planted.get(warning.paymentId())));
                case "DOC_NOT_ATTACHED" -> add(warning, warning.warningId(),
                        range.index(model.indicators.get(warning.indicatorId()).receipt()));
                case "NO_PERFORMANCE_TARGET" -> add(warning, warning.warningId(), Math.min(
                        firstAllocation.getOrDefault(warning.projectId(), Integer.MAX_VALUE),
                        payments.firstPaymentToProject(warning.projectId())));
                case "DUPLICATE_PAYEE" -> duplicatePayee(warning, model, deliveries, keyring);
                default -> {
                }
            }
        }
    }

    private void duplicatePayee(Warning warning, DropModel model, Deliveries deliveries, PayeeKeyring keyring) {
        List<String> key = warning.grainKey();
        List<Integer> months = new ArrayList<>();
        if (warning.reason().equals("same_month")) {
            for (Payment payment : model.plantedPayments) {
                if (payment.amount().signum() > 0 && payment.payeeType().equals("person") && payment.fundCode().equals(key.get(0))
                        && key.get(1).equals(payment.projectId()) && payment.payeeId().equals(key.get(2))
                        && YearMonth.from(payment.payDate()).toString().equals(key.get(3))) {
                    months.add(deliveries.paymentVisible(payment));
                }
            }
            months.sort(null);
            add(warning, Warning.warningId("DUPLICATE_PAYEE", List.of(key.get(0), key.get(1), keyring.pseudonym(key.get(2)),
                    key.get(3))), months.get(1));
            duplicatePayeeIds.add(starts.get(starts.size() - 1).warningId());
            return;
        }
        // shared_account: the first month from which five distinct persons paid that year are held
        Map<String, Integer> personFrom = new HashMap<>();
        for (Payment payment : model.plantedPayments) {
            if (payment.amount().signum() > 0 && key.get(0).equals(payment.payeeAccount())
                    && Integer.toString(payment.payDate().getYear()).equals(key.get(1)) && payment.payeeType().equals("person")) {
                personFrom.merge(payment.payeeId(), deliveries.paymentVisible(payment), Math::min);
            }
        }
        months.addAll(personFrom.values());
        months.sort(null);
        add(warning, Warning.warningId("DUPLICATE_PAYEE", List.of(keyring.pseudonym(key.get(0)), key.get(1))),
                months.get(SHARED_ACCOUNT_MINIMUM - 1));
        duplicatePayeeIds.add(starts.get(starts.size() - 1).warningId());
    }

    private void add(Warning warning, String warningId, int month) {
        starts.add(new Start(warningId, warning.level(), month));
    }

    /** The DUPLICATE_PAYEE warning ids, made under the installation's secret. */
    Set<String> duplicatePayeeIds() {
        return duplicatePayeeIds;
    }

    void hits(int month, Map<String, String> out) {
        for (Start start : starts) {
            if (start.month() <= month) {
                out.put(start.warningId(), start.level());
            }
        }
    }
}
