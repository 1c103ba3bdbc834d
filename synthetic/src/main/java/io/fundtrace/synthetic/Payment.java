package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment voucher line (支付明细); a negative amount is a refund of refundOf. */
record Payment(String id, LocalDate payDate, String region, String agency, String indicatorId, String projectId,
        String fundCode, String funcClass, String econClass, String payeeType, String payeeId, String payeeName,
        String payeeAccount, String purpose, BigDecimal amount, String refundOf, String handler, String reviewer) {

    Payment withClasses(String newFuncClass, String newEconClass) {
        return new Payment(id, payDate, region, agency, indicatorId, projectId, fundCode, newFuncClass, newEconClass,
                payeeType, payeeId, payeeName, payeeAccount, purpose, amount, refundOf, handler, reviewer);
    }

    Payment withAccount(String account) {
        return new Payment(id, payDate, region, agency, indicatorId, projectId, fundCode, funcClass, econClass,
                payeeType, payeeId, payeeName, account, purpose, amount, refundOf, handler, reviewer);
    }
}
