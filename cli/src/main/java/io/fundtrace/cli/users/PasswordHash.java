package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow password hash: PBKDF2 with HMAC-SHA256 from the JDK, a random 16-byte salt per
 * password and {@value #ITERATIONS} iterations (OWASP's 2023 figure for this algorithm), stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). A check recomputes the hash with the stored
 * iterations and salt and compares in constant time.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        if (iterations < ITERATIONS || salt.length < SALT_BYTES || hash.length != HASH_BITS / 8) {
            throw new WarehouseException("a password hash needs at least " + ITERATIONS + " iterations, a salt of " + SALT_BYTES
                    + " bytes and " + HASH_BITS / 8 + " bytes of hash");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** A new hash of the password under a fresh salt. */
    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether the password is the one hashed, in time that does not depend on where it differs. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    public static PasswordHash parse(String text) {
        String[] parts = text.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new WarehouseException("not a " + PREFIX + " password hash");
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return new PasswordHash(Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new WarehouseException("a damaged " + PREFIX + " password hash", e);
        }
    }

    public String text() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
                && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return PREFIX + "$" + iterations + "$...";
    }
}
