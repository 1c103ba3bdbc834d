package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind payee pseudonyms ({@code payee_key} = HMAC-SHA256 of the payee ID). It lives
 * outside the warehouse, so a copy of the warehouse file alone cannot link a pseudonym to a person.
 * The file holds 32 random bytes as hex and is created, owner-readable only, on first use.
 */
public final class PayeeKeyring {
    public static final String ENVIRONMENT_VARIABLE = "FUNDTRACE_PAYEE_KEY_FILE";
    private static final int PSEUDONYM_HEX_DIGITS = 16;

    private final SecretKeySpec key;

    private PayeeKeyring(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The key file named by FUNDTRACE_PAYEE_KEY_FILE, else ~/.config/fundtrace/payee-key. */
    public static Path defaultPath() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".config", "fundtrace", "payee-key");
    }

    public static PayeeKeyring open(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < 16) {
                throw new WarehouseException("payee key file " + file + " holds fewer than 16 bytes; delete it to make a new one");
            }
            return new PayeeKeyring(secret);
        } catch (IOException | IllegalArgumentException e) {
            throw new WarehouseException("cannot read payee key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            Files.writeString(file, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows keeps the user-profile ACLs, which are already private.
        }
    }

    /** A stable pseudonym: the first 16 hex digits of HMAC-SHA256(secret, payee_id). */
    public String pseudonym(String payeeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(payeeId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, PSEUDONYM_HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new WarehouseException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
