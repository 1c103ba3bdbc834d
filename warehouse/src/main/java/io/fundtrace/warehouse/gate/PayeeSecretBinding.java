package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One warehouse, one payee secret. The gate's payee_key and the DUPLICATE_PAYEE warning ids are only
 * worth anything under the installation's secret: a caller who chooses the secret (16 zero bytes, say)
 * can reverse every pseudonym by trying IDs, and ids made under another secret orphan the feedback
 * recorded against the old ones. So the first secret used with a warehouse is recorded as its
 * fingerprint in audit.payee_secret, and a build or a gate under any other secret is refused, with a
 * message that names the key file but shows nothing of either secret.
 */
public final class PayeeSecretBinding {
    static final String TABLE = "audit.payee_secret";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PayeeSecretBinding() {
    }

    /** For a writer (a mart build): records the secret the first time, refuses another one afterwards. */
    public static void bind(Engine engine, PayeeKeyring keyring) {
        List<String> recorded = engine.query("SELECT fingerprint FROM " + TABLE).stream().map(row -> (String) row.get(0)).toList();
        if (!isBound(recorded, keyring)) {
            engine.execute("INSERT INTO " + TABLE + " (fingerprint, bound_at) VALUES ('" + keyring.fingerprint() + "', TIMESTAMP '"
                    + TIMESTAMP.format(LocalDateTime.now()) + "')");
        }
    }

    /**
     * Whether the recorded fingerprints name this keyring's secret: false when none is recorded yet,
     * a refusal when one names another secret.
     */
    static boolean isBound(List<String> recorded, PayeeKeyring keyring) {
        byte[] own = keyring.fingerprint().getBytes(StandardCharsets.US_ASCII);
        for (String fingerprint : recorded) {
            if (!MessageDigest.isEqual(own, String.valueOf(fingerprint).getBytes(StandardCharsets.US_ASCII))) {
                throw new WarehouseException("the payee secret in " + keyring.file() + " is not the one this warehouse is bound to ("
                        + TABLE + "): pseudonyms and DUPLICATE_PAYEE warning ids would not match; use the installation's key file ($"
                        + PayeeKeyring.ENVIRONMENT_VARIABLE + " or ~/.config/fundtrace/payee-key)");
            }
        }
        return !recorded.isEmpty();
    }
}
