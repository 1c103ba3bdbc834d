package io.fundtrace.cli.serve;

import java.io.PrintWriter;
import java.security.Principal;
import javax.security.auth.Subject;
import javax.servlet.ServletRequest;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.server.UserIdentity;

/**
 * Jetty's check of a BASIC sign-in against the users file (UserDirectory). Every request carries its
 * credentials and is checked; a refused sign-in is one line on the server's log with the name and the
 * client's address, never the password.
 */
final class UsersLoginService implements LoginService {
    static final String REALM = "fundtrace";
    /** The one role of the HTTP layer: signed in. What a user may read is their fundtrace role, applied by the gate. */
    static final String SIGNED_IN = "signed-in";

    private final UserDirectory users;
    private final PrintWriter log;
    private IdentityService identities = new DefaultIdentityService();

    UsersLoginService(UserDirectory users, PrintWriter log) {
        this.users = users;
        this.log = log;
    }

    private record Name(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public UserIdentity login(String username, Object credentials, ServletRequest request) {
        char[] password = credentials instanceof String text ? text.toCharArray() : credentials instanceof char[] chars ? chars : null;
        if (password != null && users.verify(username, password)) {
            Principal principal = new Name(username);
            Subject subject = new Subject();
            subject.getPrincipals().add(principal);
            subject.setReadOnly();
            return identities.newUserIdentity(subject, principal, new String[] {SIGNED_IN});
        }
        log.println("fundtrace serve: sign-in refused for " + printable(username) + " from " + request.getRemoteAddr()
                + (users.find(username).isPresent() ? " (wrong password)" : " (no such enabled user)"));
        log.flush();
        return null;
    }

    /** A name as sent, safe on one log line: at most 64 characters, control characters shown as '?'. */
    private static String printable(String name) {
        String text = String.valueOf(name);
        text = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return "'" + text.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    /** A signed-in user disabled since stays out. */
    @Override
    public boolean validate(UserIdentity user) {
        return users.find(user.getUserPrincipal().getName()).isPresent();
    }

    @Override
    public IdentityService getIdentityService() {
        return identities;
    }

    @Override
    public void setIdentityService(IdentityService service) {
        this.identities = service;
    }

    @Override
    public void logout(UserIdentity user) {
        // BASIC has no session to end: every request signs in again
    }
}
