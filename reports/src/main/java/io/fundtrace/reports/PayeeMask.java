package io.fundtrace.reports;

/** Payee ID numbers as a role without payee access sees them: 6531**********1234. */
public final class PayeeMask {
    private static final int KEPT = 4;

    private PayeeMask() {
    }

    public static String mask(String payeeId) {
        if (payeeId == null || payeeId.isEmpty()) {
            return payeeId;
        }
        if (payeeId.length() <= 2 * KEPT) {
            return "*".repeat(payeeId.length());
        }
        return payeeId.substring(0, KEPT) + "*".repeat(payeeId.length() - 2 * KEPT)
                + payeeId.substring(payeeId.length() - KEPT);
    }
}
