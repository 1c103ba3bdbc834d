package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One budget indicator (预算指标) of the generated source system; receivedDate null = empty. */
record Indicator(String id, int fiscalYear, String docNo, String parentId, String fundCode, String issuer,
        String recipient, BigDecimal amount, BigDecimal povertyAmount, LocalDate docDate, LocalDate receivedDate,
        String funcClass, boolean exempt, boolean attached, String handler, String reviewer) {

    /** The receipt date the rules use: received_date, or doc_date where it is empty. */
    LocalDate receipt() {
        return receivedDate != null ? receivedDate : docDate;
    }

    Indicator asExempt() {
        return new Indicator(id, fiscalYear, docNo, parentId, fundCode, issuer, recipient, amount, povertyAmount,
                docDate, receivedDate, funcClass, true, attached, handler, reviewer);
    }

    Indicator withoutAttachment() {
        return new Indicator(id, fiscalYear, docNo, parentId, fundCode, issuer, recipient, amount, povertyAmount,
                docDate, receivedDate, funcClass, exempt, false, handler, reviewer);
    }
}
