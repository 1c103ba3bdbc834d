package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import io.fundtrace.warehouse.gate.PayeeSecretBinding;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.snapshot.SnapshotFolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.avatica.metrics.noop.NoopMetricsSystem;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server of {@code fundtrace serve}: one Jetty on one port (HTTPS with a keystore), every request
 * signed in with BASIC against the users file, POSTs to Avatica's protobuf handler over GateMeta (JDBC),
 * GETs to the archive's page. It reads only the warehouse's published snapshots (SnapshotFolder), never
 * the warehouse file, so the monthly cycle can hold that file while clients query; when there is no
 * snapshot yet it publishes the first one itself (which needs the file free for a moment).
 */
final class FundtraceServer implements AutoCloseable {
    /** A client connection unused this long is forgotten (a client that died without closing it). */
    static final long CONNECTION_IDLE_MILLIS = TimeUnit.MINUTES.toMillis(30);

    private final Server jetty;
    private final ServerConnector connector;
    private final GatePool gates;
    private final ScheduledExecutorService housekeeping;
    private final boolean tls;

    private FundtraceServer(Server jetty, ServerConnector connector, GatePool gates, ScheduledExecutorService housekeeping, boolean tls) {
        this.jetty = jetty;
        this.connector = connector;
        this.gates = gates;
        this.housekeeping = housekeeping;
        this.tls = tls;
    }

    static FundtraceServer start(ServerSettings settings, PrintWriter serverLog) {
        if (!Files.isRegularFile(settings.warehouse())) {
            throw new WarehouseException("no warehouse at " + settings.warehouse() + ": check --warehouse, or load a drop there first");
        }
        UserDirectory users = new UserDirectory(settings.users());
        SnapshotFolder snapshots = SnapshotFolder.of(settings.warehouse());
        if (snapshots.newest().isEmpty()) {
            publishFirst(settings, snapshots);
        }
        GatePool gates = new GatePool(snapshots, QueryLog.besideWarehouse(settings.warehouse()), settings.statementTimeoutSeconds(),
                settings.maxStatements(), settings.snapshotPoll(), serverLog);
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fundtrace-serve-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        try {
            GateMeta meta = new GateMeta(gates, new CatalogRows(DataDictionary.load()), new ClientErrors(serverLog), settings.maxRows());
            housekeeping.scheduleWithFixedDelay(() -> meta.forgetIdle(CONNECTION_IDLE_MILLIS), 1, 1, TimeUnit.MINUTES);
            AvaticaProtobufHandler avatica = new AvaticaProtobufHandler(new LocalService(meta), NoopMetricsSystem.getInstance(),
                    new GateServerConfiguration(users));
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("fundtrace-serve");
            Server jetty = new Server(threads);
            ServerConnector connector = connector(jetty, settings);
            jetty.addConnector(connector);
            UsersLoginService login = new UsersLoginService(users, serverLog);
            jetty.addBean(login);
            jetty.setHandler(signIn(login, new RequestRouter(avatica, new ArchiveSite(settings.archive(), users, gates))));
            jetty.setStopTimeout(5_000);
            jetty.start();
            String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
            avatica.setServerRpcMetadata(new Service.RpcMetadataResponse(host + ":" + connector.getLocalPort()));
            return new FundtraceServer(jetty, connector, gates, housekeeping, settings.tls());
        } catch (Exception e) {
            housekeeping.shutdownNow();
            gates.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new WarehouseException("cannot start the server on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }

    /** The first snapshot of a warehouse no build has published for a server yet, bound to the installation's payee secret. */
    private static void publishFirst(ServerSettings settings, SnapshotFolder snapshots) {
        try (Warehouse warehouse = Warehouse.open(settings.warehouse())) {
            PayeeSecretBinding.bind(DuckDbEngine.over(warehouse), PayeeKeyring.installation());
            snapshots.publish(warehouse);
        }
    }

    private static ServerConnector connector(Server jetty, ServerSettings settings) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector;
        if (settings.tls()) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(settings.tlsKeystore().toAbsolutePath().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(new String(settings.tlsKeystorePassword()));
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            http.addCustomizer(new SecureRequestCustomizer());
            connector = new ServerConnector(jetty, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        }
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(Math.max(120, settings.statementTimeoutSeconds() * 2L)));
        return connector;
    }

    /** Every path needs a signed-in user (BASIC; UTF-8 names and passwords). */
    private static ConstraintSecurityHandler signIn(UsersLoginService login, RequestRouter router) {
        Constraint constraint = new Constraint(Constraint.__BASIC_AUTH, UsersLoginService.SIGNED_IN);
        constraint.setAuthenticate(true);
        ConstraintMapping everything = new ConstraintMapping();
        everything.setPathSpec("/*");
        everything.setConstraint(constraint);
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        BasicAuthenticator basic = new BasicAuthenticator();
        basic.setCharset(StandardCharsets.UTF_8);
        security.setAuthenticator(basic);
        security.setLoginService(login);
        security.setRealmName(UsersLoginService.REALM);
        security.setConstraintMappings(List.of(everything));
        security.setHandler(router);
        return security;
    }

    int port() {
        return connector.getLocalPort();
    }

    /** The URL clients use, on the given host name. */
    String url(String host) {
        return (tls ? "https" : "http") + "://" + host + ":" + port();
    }

    long snapshotNumber() {
        return gates.snapshotNumber();
    }

    void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new WarehouseException("cannot stop the server: " + e.getMessage(), e);
        } finally {
            housekeeping.shutdownNow();
            gates.close();
        }
    }
}
