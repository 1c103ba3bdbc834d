package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.PasswordHash;
import io.fundtrace.cli.users.UserAccount;
import io.fundtrace.cli.users.UsersFile;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The users a server lets in, from the users file, reread when it changes (a user disabled or added
 * while the server runs counts from the next request). A password is checked against its PBKDF2 hash,
 * which takes a noticeable fraction of a second on purpose; JDBC clients send their credentials with
 * every request (BASIC), so a password that passed is remembered for {@link #REMEMBERED} as an
 * HMAC under a key that lives only in this process, and compared in constant time. Any change of the
 * file forgets them all. At most {@code cores} hash checks run at once, so a flood of wrong passwords
 * queues instead of taking every core from the queries.
 */
final class UserDirectory {
    static final Duration REMEMBERED = Duration.ofMinutes(10);
    /** What an unknown or disabled name is checked against, so that it takes as long as a known one. */
    private static final PasswordHash DECOY = PasswordHash.of("decoy password of no account".toCharArray());

    private final UsersFile file;
    private final byte[] rememberKey = new byte[32];
    private final Semaphore hashChecks = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile Map<String, UserAccount> accounts;
    private volatile String read;

    private record Remembered(byte[] mac, long until) {
    }

    UserDirectory(UsersFile file) {
        this.file = file;
        new SecureRandom().nextBytes(rememberKey);
        reloadIfChanged();
    }

    /** An enabled user by name, as the file says now. */
    Optional<UserAccount> find(String name) {
        reloadIfChanged();
        UserAccount account = name == null ? null : accounts.get(name);
        return account != null && account.enabled() ? Optional.of(account) : Optional.empty();
    }

    /** Whether the name is an enabled user's and the password theirs. */
    boolean verify(String name, char[] password) {
        Optional<UserAccount> account = find(name);
        byte[] mac = mac(name, password);
        if (account.isPresent()) {
            Remembered earlier = remembered.get(name);
            if (earlier != null && earlier.until() > System.currentTimeMillis() && MessageDigest.isEqual(earlier.mac(), mac)) {
                return true;
            }
        }
        boolean matches;
        hashChecks.acquireUninterruptibly();
        try {
            if (account.isPresent()) {
                matches = account.get().password().matches(password);
            } else {
                DECOY.matches(password);
                matches = false;
            }
        } finally {
            hashChecks.release();
        }
        if (matches) {
            remembered.put(name, new Remembered(mac, System.currentTimeMillis() + REMEMBERED.toMillis()));
        }
        return matches;
    }

    private synchronized void reloadIfChanged() {
        String now = file.version();
        if (accounts != null && now.equals(read)) {
            return;
        }
        // a file made readable by others is refused here too: nobody signs in until it is fixed
        accounts = Map.copyOf(file.read());
        read = now;
        remembered.clear();
    }

    private byte[] mac(String name, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rememberKey, "HmacSHA256"));
            mac.update(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
