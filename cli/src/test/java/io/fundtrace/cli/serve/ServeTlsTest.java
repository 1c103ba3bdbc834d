package io.fundtrace.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.users.UsersFile;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --tls-keystore: a keystore made with keytool as the README says; JDBC and the page over HTTPS, and nothing in clear on that port. */
final class ServeTlsTest {
    private static final String STORE_PASSWORD = "keystore password 1";
    private static final String TRUST_PASSWORD = "truststore password 2";

    @TempDir
    Path folder;

    private void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("keytool.log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve("keytool.log")));
    }

    @Test
    void servesJdbcAndThePageOverHttpsOnly() throws Exception {
        Path keystore = folder.resolve("fundtrace.p12");
        keytool("-genkeypair", "-alias", "fundtrace", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "fundtrace", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                "-file", folder.resolve("fundtrace.crt").toString());
        Path truststore = folder.resolve("trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "fundtrace", "-file", folder.resolve("fundtrace.crt").toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", TRUST_PASSWORD);

        Path warehouse = ServeFixture.warehouse(folder);
        UsersFile users = ServeFixture.users(folder.resolve("users"), Map.of("li", "leader"));
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, warehouse, users, folder.resolve("archive"), 60, 1000, 2, keystore,
                STORE_PASSWORD.toCharArray(), Duration.ofSeconds(1));
        try (FundtraceServer server = ServeFixture.start(settings, new StringWriter())) {
            String url = "jdbc:avatica:remote:url=" + server.url("127.0.0.1") + ";serialization=protobuf;authentication=BASIC;truststore="
                    + truststore + ";truststore_password=" + TRUST_PASSWORD;
            assertTrue(url.contains("https://127.0.0.1:"), url);
            Properties properties = new Properties();
            properties.setProperty("avatica_user", "li");
            properties.setProperty("avatica_password", ServeFixture.PASSWORD);
            try (Connection connection = DriverManager.getConnection(url, properties); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM marts.warnings")) {
                assertTrue(rows.next() && rows.getLong(1) > 0);
            }

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(truststore)) {
                trusted.load(in, TRUST_PASSWORD.toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            HttpResponse<String> page = HttpClient.newBuilder().sslContext(tls).build().send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "/"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("li:" + ServeFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());

            boolean clear;
            try {
                HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1")
                        .replace("https://", "http://") + "/")).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                clear = plain.statusCode() == 200 || plain.statusCode() == 401;
            } catch (java.io.IOException e) {
                clear = false;
            }
            assertFalse(clear, "plain HTTP gets no page nor a sign-in on the TLS port");
        }
    }
}
