package io.fundtrace.reports.notebook;

import io.fundtrace.reports.Cells;
import io.fundtrace.reports.HtmlReport;
import io.fundtrace.warehouse.ResultTable;
import java.util.List;

/** Builds the notebook's one HTML page, in the report's style; no clock, no absolute path, so the bytes repeat. */
final class NotebookPage {
    private static final String NOTEBOOK_STYLE = """
            pre.sql{background:#f4f4f4;border:1px solid #999;padding:.4em;font-size:.85em;white-space:pre-wrap}
            details{margin:.6em 0 .2em}summary{font-size:.85em;color:#333;cursor:pointer}
            p.refused{border:1px solid #000;background:#eee;padding:.4em;font-family:monospace}
            div.result{overflow-x:auto;margin:.5em 0}div.result table{width:auto;min-width:50%;margin:0}
            div.result td,div.result th{white-space:nowrap}
            blockquote{border-left:3px solid #666;margin:.5em 0;padding-left:.8em;color:#333}
            """;

    private final StringBuilder body = new StringBuilder();
    private String title;

    void text(String markdown) {
        String html = MarkdownHtml.render(markdown);
        if (title == null) {
            int start = html.indexOf("<h1>");
            if (start >= 0) {
                title = html.substring(start + 4, html.indexOf("</h1>", start)).replaceAll("<[^>]+>", "");
            }
        }
        body.append(html);
    }

    void query(int number, String sql) {
        body.append("<details><summary>SQL ").append(number).append("</summary><pre class=\"sql\">")
                .append(HtmlReport.escape(sql)).append("</pre></details>\n");
    }

    void table(int number, ResultTable result, int limit) {
        body.append("<div class=\"result\"><table class=\"result\" id=\"cell-").append(number).append("\">\n<tr>");
        for (String column : result.columns()) {
            body.append("<th>").append(HtmlReport.escape(column)).append("</th>");
        }
        body.append("</tr>\n");
        for (List<Object> row : result.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                body.append(value instanceof Number ? "<td class=\"n\">" : "<td>")
                        .append(HtmlReport.escape(Cells.format(result.columns().get(i), value))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table></div>\n");
        if (result.rows().isEmpty()) {
            body.append("<p class=\"note\">查询无结果 (no rows)。</p>\n");
        }
        if (result.truncated()) {
            body.append("<p class=\"note\">仅显示前 ").append(limit).append(" 行 (first ").append(limit)
                    .append(" rows shown)。</p>\n");
        }
    }

    void refused(int number, String message) {
        body.append("<p class=\"refused\" id=\"cell-").append(number).append("\">")
                .append(HtmlReport.escape(message)).append("</p>\n");
    }

    void chart(String fileName, String alt) {
        body.append("<img src=\"").append(HtmlReport.escape(fileName)).append("\" alt=\"")
                .append(HtmlReport.escape(alt)).append("\">\n");
    }

    String render(String fallbackTitle, String metaLine) {
        String pageTitle = title == null ? fallbackTitle : title;
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + HtmlReport.escape(pageTitle) + "</title>\n<style>" + HtmlReport.STYLE + NOTEBOOK_STYLE
                + "</style>\n</head>\n<body>\n<p class=\"meta\">" + HtmlReport.escape(metaLine) + "</p>\n"
                + body + "<p class=\"meta\">" + HtmlReport.escape(metaLine) + "</p>\n</body>\n</html>\n";
    }
}
