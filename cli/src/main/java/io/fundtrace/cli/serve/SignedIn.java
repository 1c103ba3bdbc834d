package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.gate.Role;
import java.util.concurrent.Callable;

/**
 * The user a request runs for, with the role the users file gives them (never one the client names):
 * set around each Avatica request by {@link GateServerConfiguration} once Jetty has checked the
 * password, and read by {@link GateMeta} for every statement and metadata call.
 */
record SignedIn(String name, Role role) {
    private static final ThreadLocal<SignedIn> CURRENT = new ThreadLocal<>();

    static <T> T runAs(SignedIn user, Callable<T> action) throws Exception {
        CURRENT.set(user);
        try {
            return action.call();
        } finally {
            CURRENT.remove();
        }
    }

    /** The user of the request this thread serves; a call outside one is a bug, not a guest. */
    static SignedIn current() {
        SignedIn user = CURRENT.get();
        if (user == null) {
            throw new IllegalStateException("no signed-in user on this thread");
        }
        return user;
    }
}
