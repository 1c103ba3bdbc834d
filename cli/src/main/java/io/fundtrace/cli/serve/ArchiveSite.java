package io.fundtrace.cli.serve;

import io.fundtrace.cli.users.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * The web page, on the server's port and behind its sign-in: {@code /} lists the archived months
 * holding a document the user's role may open, {@code /archive/YYYY-MM/} a month's documents, and
 * {@code /archive/YYYY-MM/FILE} serves one - HTML in the page (with its charts), PDF as a download.
 * A document the role may not open is 403 (DocumentAccess); a name the manifest does not list, 404.
 * No script runs on any page (Content-Security-Policy), nothing is cached, nothing may frame it.
 */
final class ArchiveSite extends AbstractHandler {
    private static final Pattern MONTH_PAGE = Pattern.compile("/archive/([0-9]{4}-[0-9]{2})/");
    private static final Pattern DOCUMENT = Pattern.compile("/archive/([0-9]{4}-[0-9]{2})/([^/]+)");

    private final Path archive;
    private final UserDirectory users;
    private final GatePool gates;

    ArchiveSite(Path archive, UserDirectory users, GatePool gates) {
        this.archive = archive;
        this.users = users;
        this.gates = gates;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        baseRequest.setHandled(true);
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        Optional<UserAccount> account = users.find(request.getRemoteUser());
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SignedIn user = new SignedIn(account.get().name(), account.get().role());
        RegionTree regions = gates.regions();
        String path = baseRequest.getPathInfo() == null ? target : baseRequest.getPathInfo();
        if (path.equals("/")) {
            List<SitePage.MonthEntry> months = new ArrayList<>();
            for (ArchivedMonth month : ArchivedMonth.list(archive)) {
                int openable = openable(user, month, regions).size();
                if (openable > 0) {
                    months.add(new SitePage.MonthEntry(month.month(), openable));
                }
            }
            html(response, HttpServletResponse.SC_OK, SitePage.months(user, months));
            return;
        }
        Matcher monthPage = MONTH_PAGE.matcher(path);
        if (monthPage.matches()) {
            Optional<ArchivedMonth> month = ArchivedMonth.read(archive, monthPage.group(1));
            if (month.isEmpty()) {
                html(response, HttpServletResponse.SC_NOT_FOUND, SitePage.message(user, "没有这个月份", "No such archived month."));
                return;
            }
            List<ArchivedDocument> documents = openable(user, month.get(), regions);
            if (documents.isEmpty()) {
                html(response, HttpServletResponse.SC_FORBIDDEN, SitePage.message(user, "你的角色不能打开这个月份的文件",
                        "Your role may open no document of this month."));
                return;
            }
            html(response, HttpServletResponse.SC_OK, SitePage.month(user, month.get().month(), documents, regions));
            return;
        }
        Matcher document = DOCUMENT.matcher(path);
        if (document.matches()) {
            serve(user, regions, document.group(1), document.group(2), response);
            return;
        }
        html(response, HttpServletResponse.SC_NOT_FOUND, SitePage.message(user, "没有这个页面", "No such page."));
    }

    private void serve(SignedIn user, RegionTree regions, String monthName, String name, HttpServletResponse response) throws IOException {
        Optional<ArchivedMonth> month = ArchivedMonth.read(archive, monthName);
        Optional<ArchivedDocument> document = month.flatMap(found -> found.document(name));
        if (document.isEmpty()) {
            html(response, HttpServletResponse.SC_NOT_FOUND, SitePage.message(user, "没有这份文件", "No such document."));
            return;
        }
        if (!DocumentAccess.mayOpen(user.role(), document.get().writtenFor(regions), regions)) {
            html(response, HttpServletResponse.SC_FORBIDDEN, SitePage.message(user, "你的角色不能打开这份文件",
                    "Your role may not open this document."));
            return;
        }
        Optional<byte[]> bytes = month.get().bytes(document.get());
        if (bytes.isEmpty()) {
            html(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, SitePage.message(user, "这份文件与归档清单不符",
                    "The archived file differs from its manifest; ask the administrator."));
            return;
        }
        switch (document.get().format()) {
            case "html" -> response.setContentType("text/html; charset=utf-8");
            case "pdf" -> {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            }
            case "png" -> response.setContentType("image/png");
            default -> {
                response.setContentType("application/octet-stream");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    /** The reports and notices of the month the user may open (their charts follow them). */
    private static List<ArchivedDocument> openable(SignedIn user, ArchivedMonth month, RegionTree regions) {
        return month.documents().stream().filter(ArchivedDocument::listed)
                .filter(document -> DocumentAccess.mayOpen(user.role(), document.writtenFor(regions), regions)).toList();
    }

    private static void html(HttpServletResponse response, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
