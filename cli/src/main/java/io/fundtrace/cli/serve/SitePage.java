package io.fundtrace.cli.serve;

import io.fundtrace.reports.HtmlReport;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The web page's HTML: the months a user may open something in, a month's documents, and short messages. Text from files is escaped. */
final class SitePage {
    private static final String STYLE = HtmlReport.STYLE + """
            .who{text-align:right;font-size:.9em;color:#333}ul.months{list-style:none;padding:0}
            ul.months li{margin:.3em 0;font-size:1.1em}a{color:#003a8c}
            """;

    private SitePage() {
    }

    /** One month of the list, with the number of documents the user may open in it. */
    record MonthEntry(YearMonth month, int documents) {
    }

    static String months(SignedIn user, List<MonthEntry> months) {
        StringBuilder body = new StringBuilder("<h1>月度监控报告与通报</h1>\n<p class=\"meta\">Monthly reports and notices of the"
                + " poverty-fund monitoring</p>\n");
        if (months.isEmpty()) {
            body.append("<p class=\"note\">没有你的角色可以打开的月份。(No archived month holds a document your role may open.)</p>\n");
        } else {
            body.append("<ul class=\"months\">\n");
            for (MonthEntry entry : months) {
                body.append("<li><a href=\"/archive/").append(entry.month()).append("/\">").append(entry.month().getYear()).append("年")
                        .append(entry.month().getMonthValue()).append("月</a> (").append(entry.month()).append(") - ")
                        .append(entry.documents()).append(" 份文件 / documents</li>\n");
            }
            body.append("</ul>\n");
        }
        return page(user, "月度监控报告与通报", body.toString());
    }

    static String month(SignedIn user, YearMonth month, List<ArchivedDocument> documents, RegionTree regions) {
        StringBuilder body = new StringBuilder("<p><a href=\"/\">&larr; 全部月份 (all months)</a></p>\n<h1>")
                .append(month.getYear()).append("年").append(month.getMonthValue()).append("月</h1>\n");
        body.append("<table>\n<tr><th>文件 (document)</th><th>类别 (kind)</th><th>对象 (for)</th><th>格式 (format)</th><th>大小 (size)</th></tr>\n");
        for (ArchivedDocument document : documents) {
            String href = "/archive/" + month + "/" + document.name();
            boolean pdf = document.format().equals("pdf");
            body.append("<tr><td><a href=\"").append(escape(href)).append('"').append(pdf ? " download" : "").append('>')
                    .append(escape(document.name())).append("</a></td><td>").append(kind(document)).append("</td><td>")
                    .append(escape(subject(document, regions))).append("</td><td>")
                    .append(pdf ? "PDF (下载 download)" : "HTML (在页面中打开 open)").append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d KB", (document.bytes() + 1023) / 1024)).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return page(user, month + " 月度监控报告与通报", body.toString());
    }

    static String message(SignedIn user, String zh, String en) {
        return page(user, zh, "<p><a href=\"/\">&larr; 全部月份 (all months)</a></p>\n<h1>" + escape(zh) + "</h1>\n<p class=\"meta\">"
                + escape(en) + "</p>\n");
    }

    private static String kind(ArchivedDocument document) {
        return switch (document.kind()) {
            case "report" -> "月度报告 (monthly report)";
            case "notice" -> "通报 (notice)";
            default -> "其他 (other)";
        };
    }

    private static String subject(ArchivedDocument document, RegionTree regions) {
        return document.subject().map(code -> Character.isDigit(code.charAt(0)) ? regions.label(code)
                : regions.department(code).orElse(code)).orElse(document.kind().equals("report") ? "全区 (whole region)" : "");
    }

    private static String page(SignedIn user, String title, String body) {
        String who = user == null ? "" : "<p class=\"who\">" + escape(user.name()) + " &middot; " + escape(user.role().toString()) + "</p>\n";
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n<style>"
                + STYLE + "</style>\n</head>\n<body>\n" + who + body + "</body>\n</html>\n";
    }

    private static String escape(String text) {
        return HtmlReport.escape(text);
    }
}
