package io.fundtrace.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.users.UsersFile;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's web page, with Java's HTTP client: the months a role may open something in, a month's
 * documents, 403 for another region's or 处室's document, 404 for what the manifest does not list, the
 * PDF as a download, a changed file refused, no script and no caching. The archive is made here in the
 * cycle's layout (OUT/YYYY-MM/ with manifest.csv: file, bytes, sha256).
 */
final class ArchiveSiteTest {
    private static final Pattern LINK = Pattern.compile("<a href=\"/archive/[0-9-]+/([^\"]+)\"");
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("shufu", "region:653121");
        USERS.put("shule", "region:653122");
        USERS.put("kashi", "region:653100");
        USERS.put("hetian", "region:653200");
        USERS.put("nong", "department:农业处");
        USERS.put("li", "leader");
        USERS.put("fupin", "pfo");
        USERS.put("an", "analyst");
        USERS.put("ping", "evaluator");
    }

    @TempDir
    static Path folder;
    static Path archive;
    static FundtraceServer server;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = ServeFixture.warehouse(folder);
        archive = folder.resolve("archive");
        month("2020-10", List.of("report-2020-10.html", "report-2020-10.pdf", "report-2020-10-trend.png",
                "report-2020-10-653100.html", "report-2020-10-653100.pdf", "report-2020-10-653100-trend.png", "notice-2020-10-653100.html",
                "report-2020-10-653121.html", "report-2020-10-653122.html", "report-2020-10-653200.html", "notice-2020-10-D06.html",
                "notice-2020-10-D02.html", "extract-2020-10.html"), Map.of());
        month("2020-09", List.of("report-2020-09-653121.html", "report-2020-09-653121.pdf"), Map.of());
        // a manifest may say whom a file was written for: this one the leader's, whatever its name says
        month("2020-08", List.of("report-2020-08-653121.html"), Map.of("report-2020-08-653121.html", "leader"));
        Files.createDirectories(archive.resolve("2020-07"));
        Files.writeString(archive.resolve("2020-07").resolve("report-2020-07-653121.html"), "a month the cycle never finished");
        UsersFile users = ServeFixture.users(folder.resolve("users"), USERS);
        server = ServeFixture.start(ServeFixture.settings(warehouse, users, archive, 60), new StringWriter());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A month folder with these files and its manifest (a fourth column, role, when roles are given). */
    private static void month(String month, List<String> files, Map<String, String> roles) throws Exception {
        Path folder = Files.createDirectories(archive.resolve(month));
        StringBuilder manifest = new StringBuilder(roles.isEmpty() ? "file,bytes,sha256\n" : "file,bytes,sha256,role\n");
        for (String name : new TreeSet<>(files)) {
            byte[] bytes = ("<!DOCTYPE html><title>" + name + "</title><p>" + name + "</p>").getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name), bytes);
            manifest.append(name).append(',').append(bytes.length).append(',')
                    .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            if (!roles.isEmpty()) {
                manifest.append(',').append(roles.getOrDefault(name, ""));
            }
            manifest.append('\n');
        }
        Files.writeString(folder.resolve("manifest.csv"), manifest);
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + ServeFixture.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> months(String user) throws Exception {
        HttpResponse<String> page = get(user, "/");
        assertEquals(200, page.statusCode());
        List<String> months = new ArrayList<>();
        Matcher month = Pattern.compile("<a href=\"/archive/([0-9-]+)/\">").matcher(page.body());
        while (month.find()) {
            months.add(month.group(1));
        }
        return months;
    }

    private static List<String> documents(String user, String month) throws Exception {
        HttpResponse<String> page = get(user, "/archive/" + month + "/");
        assertEquals(200, page.statusCode(), user + " " + month);
        List<String> names = new ArrayList<>();
        Matcher link = LINK.matcher(page.body());
        while (link.find()) {
            names.add(link.group(1));
        }
        return names;
    }

    @Test
    void aCountySeesItsOwnAndItsPrefecturesDocumentsButNoOtherCountys() throws Exception {
        assertEquals(List.of("2020-10", "2020-09"), months("shufu"));
        assertEquals(List.of("notice-2020-10-653100.html", "report-2020-10-653100.html", "report-2020-10-653100.pdf",
                "report-2020-10-653121.html"), documents("shufu", "2020-10"));
        assertEquals(200, get("shufu", "/archive/2020-10/report-2020-10-653121.html").statusCode());
        assertEquals(200, get("shufu", "/archive/2020-10/report-2020-10-653100-trend.png").statusCode(), "its prefecture's report's chart");
        for (String other : List.of("report-2020-10-653122.html", "report-2020-10-653200.html", "report-2020-10.html", "report-2020-10.pdf",
                "report-2020-10-trend.png", "notice-2020-10-D06.html", "extract-2020-10.html")) {
            HttpResponse<String> refused = get("shufu", "/archive/2020-10/" + other);
            assertEquals(403, refused.statusCode(), other);
            assertFalse(refused.body().contains(other + "</p>"), "nothing of the document itself");
        }
        assertEquals(List.of("2020-10"), months("shule"), "the neighbour county has nothing in September");
        assertEquals(403, get("shule", "/archive/2020-10/report-2020-10-653121.html").statusCode());
        assertEquals(403, get("shule", "/archive/2020-09/").statusCode());
        assertEquals(403, get("shule", "/archive/2020-09/report-2020-09-653121.pdf").statusCode());
        assertEquals(403, get("shufu", "/archive/2020-08/report-2020-08-653121.html").statusCode(), "the manifest says: the leader's");
    }

    @Test
    void aPrefectureSeesItsCountiesAndADepartmentItsNotices() throws Exception {
        assertEquals(List.of("notice-2020-10-653100.html", "report-2020-10-653100.html", "report-2020-10-653100.pdf",
                "report-2020-10-653121.html", "report-2020-10-653122.html"), documents("kashi", "2020-10"));
        assertEquals(403, get("hetian", "/archive/2020-10/report-2020-10-653100.html").statusCode());
        assertEquals(List.of("2020-10"), months("nong"));
        assertEquals(List.of("notice-2020-10-D06.html"), documents("nong", "2020-10"));
        assertEquals(403, get("nong", "/archive/2020-10/notice-2020-10-D02.html").statusCode(), "预算处's notice");
        assertEquals(List.of(), months("ping"), "nothing was written for an evaluator");
        assertEquals(List.of("notice-2020-10-653100.html", "notice-2020-10-D02.html", "notice-2020-10-D06.html", "report-2020-10-653100.html",
                "report-2020-10-653100.pdf", "report-2020-10-653121.html", "report-2020-10-653122.html", "report-2020-10-653200.html"),
                documents("an", "2020-10"), "an analyst: no classified detail, so not the leader's whole-region report");
    }

    @Test
    void theLeaderSeesTheMonthlyReportAndOnlyThePfoOpensWhatIsNamedForNobody() throws Exception {
        assertEquals(List.of("2020-10", "2020-09", "2020-08"), months("li"), "2020-07 has no manifest: not a finished month");
        List<String> leaders = documents("li", "2020-10");
        assertTrue(leaders.containsAll(List.of("report-2020-10.html", "report-2020-10.pdf", "notice-2020-10-D06.html")), leaders.toString());
        assertFalse(leaders.contains("extract-2020-10.html"));
        assertEquals(403, get("li", "/archive/2020-10/extract-2020-10.html").statusCode());
        assertEquals(200, get("fupin", "/archive/2020-10/extract-2020-10.html").statusCode());
        assertEquals(404, get("fupin", "/archive/2020-07/").statusCode());
        assertEquals(404, get("fupin", "/archive/2020-07/report-2020-07-653121.html").statusCode());
    }

    @Test
    void htmlInThePagePdfAsADownloadNoScriptNoCacheAndAChangedFileRefused() throws Exception {
        HttpResponse<String> html = get("shufu", "/archive/2020-10/report-2020-10-653121.html");
        assertEquals("text/html;charset=utf-8", html.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(html.body().contains("<p>report-2020-10-653121.html</p>"));
        String policy = html.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && !policy.contains("script"), policy);
        assertEquals("nosniff", html.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", html.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> pdf = get("shufu", "/archive/2020-10/report-2020-10-653100.pdf");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"report-2020-10-653100.pdf\"", pdf.headers().firstValue("Content-Disposition").orElse(""));

        Path changed = archive.resolve("2020-09").resolve("report-2020-09-653121.html");
        String before = Files.readString(changed);
        Files.writeString(changed, before.replace("<p>", "<p>altered "));
        try {
            assertEquals(500, get("shufu", "/archive/2020-09/report-2020-09-653121.html").statusCode(), "not as the manifest lists it");
        } finally {
            Files.writeString(changed, before);
        }
        assertEquals(200, get("shufu", "/archive/2020-09/report-2020-09-653121.html").statusCode());
    }

    @Test
    void onlyListedFilesOfFinishedMonthsAndOnlySignedIn() throws Exception {
        assertEquals(404, get("li", "/archive/2020-10/manifest.csv").statusCode());
        // an encoded ../ is resolved before the path is read: another month's document is judged as itself, the rest is no page
        assertEquals(403, get("shule", "/archive/2020-10/..%2F2020-09%2Freport-2020-09-653121.html").statusCode());
        for (String outside : List.of("/archive/2020-10/..%2F..%2F..%2Fusers", "/archive/2020-10/%2E%2E/%2E%2E/data/warehouse.duckdb",
                "/archive/2020-10/%2E%2E/%2E%2E/%2E%2E/users")) {
            int status = get("li", outside).statusCode();
            assertTrue(status == 400 || status == 404, outside + ": " + status);
        }
        assertEquals(404, get("li", "/archive/1999-01/").statusCode());
        assertEquals(404, get("li", "/etc/passwd").statusCode());
        assertEquals(401, get(null, "/").statusCode());
        assertEquals(401, get(null, "/archive/2020-10/report-2020-10.html").statusCode());
        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "/"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("li:wrong password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "/"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("li:" + ServeFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertTrue(get("shufu", "/").body().contains("shufu &middot; region:653121"), "who is signed in, escaped");
    }
}
