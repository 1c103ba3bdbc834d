package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.UserAccount;
import java.util.concurrent.Callable;
import org.apache.calcite.avatica.remote.AuthenticationType;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.apache.calcite.avatica.server.HttpRequestRemoteUserExtractor;
import org.apache.calcite.avatica.server.RemoteUserDisallowedException;
import org.apache.calcite.avatica.server.RemoteUserExtractor;

/**
 * How Avatica learns who a request is for: Jetty has signed the user in (UsersLoginService), Avatica
 * reads the name from the request and runs the request "as" that user, which here means with the
 * user's own role from the users file (SignedIn), whatever the client's connection properties say.
 */
final class GateServerConfiguration implements AvaticaServerConfiguration {
    private final UserDirectory users;

    GateServerConfiguration(UserDirectory users) {
        this.users = users;
    }

    @Override
    public AuthenticationType getAuthenticationType() {
        return AuthenticationType.CUSTOM;
    }

    @Override
    public boolean supportsImpersonation() {
        return true;
    }

    @Override
    public <T> T doAsRemoteUser(String remoteUserName, String remoteAddress, Callable<T> action) throws Exception {
        UserAccount account = users.find(remoteUserName)
                .orElseThrow(() -> new RemoteUserDisallowedException("user " + remoteUserName + " may not sign in"));
        return SignedIn.runAs(new SignedIn(account.name(), account.role()), action);
    }

    @Override
    public RemoteUserExtractor getRemoteUserExtractor() {
        return new HttpRequestRemoteUserExtractor();
    }

    @Override
    public String getKerberosRealm() {
        return null;
    }

    @Override
    public String getKerberosServiceName() {
        return null;
    }

    @Override
    public String getKerberosHostName() {
        return null;
    }

    @Override
    public String getKerberosPrincipal() {
        return null;
    }

    @Override
    public String[] getAllowedRoles() {
        return new String[] {UsersLoginService.SIGNED_IN};
    }

    @Override
    public String getHashLoginServiceRealm() {
        return null;
    }

    @Override
    public String getHashLoginServiceProperties() {
        return null;
    }
}
