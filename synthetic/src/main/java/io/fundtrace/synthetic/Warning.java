package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One row of the answer key: a warning rules.md must produce, with the business key of its grain. */
record Warning(String rule, String level, Integer fiscalYear, String fundCode, String regionCode, String projectId,
        String indicatorId, String paymentId, BigDecimal amount, Integer days, String reason, List<String> grainKey) {

    /**
     * First 16 hex digits of SHA-256 over RULE|k1|k2..., as rules.md defines warning_id. Not for
     * DUPLICATE_PAYEE: its keys hold pseudonyms under the installation's payee secret (rules.md v1.2),
     * which a drop made anywhere cannot know.
     */
    String warningId() {
        if (rule.equals("DUPLICATE_PAYEE")) {
            throw new IllegalStateException("a DUPLICATE_PAYEE warning_id needs the installation's payee secret");
        }
        return warningId(rule, grainKey);
    }

    /** The warning_id of a rule's business key (parts joined with |, an empty part stays empty). */
    static String warningId(String rule, List<String> businessKey) {
        StringBuilder text = new StringBuilder(rule);
        for (String part : businessKey) {
            text.append('|').append(part == null ? "" : part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> cells() {
        return List.of(rule, level, text(fiscalYear), text(fundCode), text(regionCode), text(projectId),
                text(indicatorId), text(paymentId), amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                text(days), text(reason));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
