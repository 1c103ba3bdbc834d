package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.TextFunction;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's payee secret: payee_key = the first 16 hex digits of HMAC-SHA256(secret,
 * payee_id), the same value in the SQL gate's payee_key column and in the DUPLICATE_PAYEE warning ids
 * (rules.md v1.2). It lives outside the warehouse, so a copy of the warehouse file alone cannot link a
 * pseudonym to a person. The file holds 32 random bytes as hex and is created, owner-readable only, on
 * first use. A weak secret (under 16 bytes, or fewer than 8 distinct byte values, such as 16 zero
 * bytes) is refused: pseudonyms under a guessable secret can be reversed by trying the IDs.
 * Serializable because Spark ships the pseudonym function to its executors.
 */
public final class PayeeKeyring implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ENVIRONMENT_VARIABLE = "FUNDTRACE_PAYEE_KEY_FILE";
    private static final int PSEUDONYM_HEX_DIGITS = 16;
    private static final int MINIMUM_BYTES = 16;
    private static final int MINIMUM_DISTINCT_BYTES = 8;
    /** A key file is one line of hex; anything much longer is not one (and is not read into memory). */
    private static final long MAXIMUM_FILE_BYTES = 1024;
    /** What the fingerprint is the HMAC of: a fixed text, so the fingerprint names the secret without revealing it. */
    private static final String FINGERPRINT_LABEL = "fundtrace payee secret fingerprint v1";

    private final SecretKeySpec key;
    private final String file;

    private PayeeKeyring(byte[] secret, Path file) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.file = file.toString();
    }

    /** The key file named by FUNDTRACE_PAYEE_KEY_FILE, else ~/.config/fundtrace/payee-key. */
    public static Path defaultPath() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".config", "fundtrace", "payee-key");
    }

    /** The installation's secret: the key file at {@link #defaultPath()}, created on first use. */
    public static PayeeKeyring installation() {
        return open(defaultPath());
    }

    /**
     * Reads (or, when missing, creates) a key file. Errors name the file and what is wrong with it, never
     * its content.
     */
    public static PayeeKeyring open(Path file) {
        byte[] secret;
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.size(file) > MAXIMUM_FILE_BYTES) {
                throw unusable(file, "is not a payee key file (longer than " + MAXIMUM_FILE_BYTES + " bytes)");
            }
            secret = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            // The messages of HexFormat and of the charset decoder can quote the file's content.
            throw unusable(file, "cannot be read as one line of hexadecimal digits");
        }
        if (secret.length < MINIMUM_BYTES || IntStream.range(0, secret.length).map(i -> secret[i]).distinct().count() < MINIMUM_DISTINCT_BYTES) {
            throw unusable(file, "holds a weak secret (fewer than " + MINIMUM_BYTES + " bytes or fewer than "
                    + MINIMUM_DISTINCT_BYTES + " distinct byte values)");
        }
        return new PayeeKeyring(secret, file);
    }

    private static WarehouseException unusable(Path file, String problem) {
        return new WarehouseException("payee key file " + file + " " + problem
                + "; the installation's key file is 64 random hex digits, made by fundtrace when missing");
    }

    /**
     * Writes the secret to a file of its own, then links it in under the key file's name: another process
     * (or thread) starting at the same moment either finds no key file or a whole one, never a file it
     * made and has not written yet, and a link never replaces a key file another one put there first.
     */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path written = Files.createTempFile(parent, ".payee-key-", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows keeps the user-profile ACLs, which are already private.
            }
            Files.writeString(written, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
            try {
                try {
                    Files.createLink(file, written);
                } catch (UnsupportedOperationException noLinks) {
                    Files.copy(written, file);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: its secret is the installation's
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** The key file this secret was read from, for messages. */
    public String file() {
        return file;
    }

    /** A stable pseudonym: the first 16 hex digits of HMAC-SHA256(secret, text); NULL for NULL. */
    public String pseudonym(String payeeId) {
        return payeeId == null ? null : hmac(payeeId).substring(0, PSEUDONYM_HEX_DIGITS);
    }

    /** The pseudonym as a function an engine can call from SQL (the marts' ft_payee_key). */
    public TextFunction pseudonyms() {
        return this::pseudonym;
    }

    /**
     * HMAC-SHA256 of a fixed label under the secret, 64 hex digits: what a warehouse records to know its
     * secret again (PayeeSecretBinding). It tells nothing about the secret or any pseudonym.
     */
    public String fingerprint() {
        return hmac(FINGERPRINT_LABEL);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new WarehouseException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
