package io.fundtrace.marts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** rules.md's warning_id computed in Java, independently of the SQL: the first 16 hex digits of SHA-256. */
final class WarningIds {
    private WarningIds() {
    }

    static String of(String ruleAndKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ruleAndKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
