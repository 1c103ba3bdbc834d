package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import java.util.List;

/** A self-contained, print-friendly Chinese HTML page; charts are the PNG files beside it. */
public final class HtmlReport {
    /** The page style, shared with the notebooks so that both look alike. */
    public static final String STYLE = """
            body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#000;
            margin:2em auto;max-width:60em;line-height:1.5}
            h1{text-align:center;font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #000;margin-top:1.6em}
            .meta{text-align:center;font-size:.9em;color:#333}
            table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
            th,td{border:1px solid #000;padding:.2em .4em}th{background:#ddd}td.n{text-align:right}
            img{max-width:100%;display:block;margin:.5em auto}.note{font-size:.9em;color:#333}
            .headline td{font-size:1.1em}.pageline{display:none}
            @page{size:A4;margin:14mm 12mm}
            @media print{body{margin:0;padding-top:7mm;max-width:none}
            .pageline{display:block;position:fixed;top:0;left:0;right:0;font-size:8pt}
            h2{break-after:avoid}table,img{break-inside:avoid}}
            """;

    private HtmlReport() {
    }

    public static String render(ReportContent content) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(content.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"pageline meta\">").append(escape(content.pageLine())).append("</div>\n");
        html.append("<h1>").append(escape(content.title())).append("</h1>\n");
        html.append("<p class=\"meta\">").append(escape(content.pageLine())).append("</p>\n");
        html.append("<h2>主要指标</h2>\n");
        table(html, content.headline(), "headline");
        for (ReportSection section : content.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            if (section.note() != null) {
                html.append("<p class=\"note\">").append(escape(section.note())).append("</p>\n");
            }
            if (section.chartFile() != null) {
                html.append("<img src=\"").append(escape(section.chartFile())).append("\" alt=\"")
                        .append(escape(section.heading())).append("\">\n");
            }
            if (section.table() != null) {
                table(html, section.table(), null);
            }
        }
        html.append("<p class=\"meta\">").append(escape(content.pageLine())).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, ResultTable table, String cssClass) {
        if (table.isEmpty()) {
            html.append("<p class=\"note\">本期无数据。</p>\n");
            return;
        }
        html.append(cssClass == null ? "<table>\n<tr>" : "<table class=\"" + cssClass + "\">\n<tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String column = table.columns().get(i);
                boolean number = row.get(i) instanceof Number;
                html.append(number ? "<td class=\"n\">" : "<td>").append(escape(Cells.format(column, row.get(i))))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
