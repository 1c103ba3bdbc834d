package io.fundtrace.synthetic;

import io.fundtrace.synthetic.format.DocumentNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Answer-key rows in the grain rules.md gives each rule: which cells are filled and the warning_id key. */
final class Grain {
    private Grain() {
    }

    static Warning indicator(String rule, String level, Indicator indicator, BigDecimal amount, Integer days, String reason) {
        return new Warning(rule, level, indicator.fiscalYear(), indicator.fundCode(), indicator.recipient(), null,
                indicator.id(), null, amount, days, reason, List.of(indicator.id()));
    }

    static Warning indicatorProject(Indicator indicator, Project project, BigDecimal amount) {
        return new Warning("SURPLUS_RECOVERY", "orange", indicator.fiscalYear(), indicator.fundCode(), project.county(),
                project.id(), indicator.id(), null, amount, null, "project_ended", List.of(indicator.id(), project.id()));
    }

    static Warning project(String rule, String level, Project project, Indicator first, BigDecimal amount, String reason) {
        return new Warning(rule, level, first.fiscalYear(), first.fundCode(), project.county(), project.id(), first.id(),
                null, amount, null, reason, List.of(project.id()));
    }

    static Warning payment(String rule, String level, Payment payment, Indicator indicator, String reason) {
        return new Warning(rule, level, indicator.fiscalYear(), payment.fundCode(), payment.region(), payment.projectId(),
                payment.indicatorId(), payment.id(), payment.amount(), null, reason, List.of(payment.id()));
    }

    static Warning growthLag(String fundCode, String province, int year, BigDecimal amount) {
        return new Warning("DEEP_POVERTY_GROWTH_LAG", "orange", year, fundCode, province, null, null, null, amount, null,
                null, List.of(fundCode, province, Integer.toString(year)));
    }

    static Warning reconciliation(String docNo, String fundCode, String from, String to, int fiscalYear,
            String indicatorId, BigDecimal amount, String reason) {
        return new Warning("RECONCILIATION", "orange", fiscalYear, fundCode, to, null, indicatorId, null, amount, null,
                reason, List.of(DocumentNumber.normalise(docNo), fundCode, from, to));
    }

    /** same_month: the second payment (by pay_date, then payment_id) names the row. */
    static Warning sameMonth(Payment second, Indicator indicator, BigDecimal amount) {
        LocalDate day = second.payDate();
        return new Warning("DUPLICATE_PAYEE", "orange", indicator.fiscalYear(), second.fundCode(), second.region(),
                second.projectId(), second.indicatorId(), second.id(), amount, null, "same_month",
                List.of(second.fundCode(), second.projectId(), second.payeeId(),
                        String.format("%04d-%02d", day.getYear(), day.getMonthValue())));
    }

    static Warning sharedAccount(Payment first, int year, BigDecimal amount) {
        return new Warning("DUPLICATE_PAYEE", "orange", year, first.fundCode(), first.region(), first.projectId(),
                first.indicatorId(), first.id(), amount, null, "shared_account",
                List.of(first.payeeAccount(), Integer.toString(year)));
    }

    /**
     * A positive balance of an indicator at D: CARRYOVER from 31 Dec of its year, the first form of
     * SURPLUS_RECOVERY (which excludes CARRYOVER) from 31 Dec of the next year.
     */
    static Warning balance(Indicator indicator, BigDecimal balance, LocalDate day) {
        if (!day.isBefore(LocalDate.of(indicator.fiscalYear() + 1, 12, 31))) {
            return indicator("SURPLUS_RECOVERY", "orange", indicator, balance, null, null);
        }
        if (!day.isBefore(LocalDate.of(indicator.fiscalYear(), 12, 31))) {
            return indicator("CARRYOVER", "yellow", indicator, balance, null, null);
        }
        return null;
    }
}
