package io.fundtrace.reports.notebook;

import io.fundtrace.reports.HtmlReport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown a notebook's prose needs, and no more: headings, paragraphs, bullet and numbered
 * lists, block quotes, **bold**, `code` and fenced code blocks. Everything else is shown as escaped
 * text, never as HTML.
 */
public final class MarkdownHtml {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private MarkdownHtml() {
    }

    public static String render(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        String openList = null;
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                flush(html, paragraph);
                if (openList != null) {
                    html.append("</").append(openList).append(">\n");
                    openList = null;
                }
                html.append(fenced ? "</pre>\n" : "<pre>");
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                html.append(HtmlReport.escape(line)).append('\n');
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String list = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (line.isBlank() || heading.matches() || list != null || line.startsWith(">")) {
                flush(html, paragraph);
            }
            if (openList != null && !openList.equals(list) && !(list == null && line.startsWith("  ") && !line.isBlank())) {
                html.append("</").append(openList).append(">\n");
                openList = null;
            }
            if (heading.matches()) {
                int level = heading.group(1).length();
                html.append("<h").append(level).append('>').append(inline(heading.group(2).strip()))
                        .append("</h").append(level).append(">\n");
            } else if (list != null) {
                if (openList == null) {
                    html.append('<').append(list).append(">\n");
                    openList = list;
                }
                html.append("<li>").append(inline((bullet.matches() ? bullet : numbered).group(1).strip())).append("</li>\n");
            } else if (line.startsWith(">")) {
                html.append("<blockquote>").append(inline(line.substring(1).strip())).append("</blockquote>\n");
            } else if (openList != null && !line.isBlank()) {
                // an indented continuation line belongs to the last list item
                int end = html.lastIndexOf("</li>");
                String item = html.substring(html.lastIndexOf("<li>") + 4, end);
                html.insert(end, joint(item, line.strip()) + inline(line.strip()));
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.isEmpty() ? "" : joint(paragraph, line.strip())).append(line.strip());
            }
        }
        flush(html, paragraph);
        if (fenced) {
            html.append("</pre>\n");
        }
        if (openList != null) {
            html.append("</").append(openList).append(">\n");
        }
        return html.toString();
    }

    /**
     * What joins two lines of one paragraph: nothing between Chinese characters (a browser would
     * show the line break as a space), a space otherwise.
     */
    private static String joint(CharSequence before, String after) {
        boolean wide = before.length() > 0 && before.charAt(before.length() - 1) > 0x2E7F
                || !after.isEmpty() && after.charAt(0) > 0x2E7F;
        return wide ? "" : " ";
    }

    private static void flush(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    /** Code spans first, so that ** inside backticks stays literal. */
    static String inline(String text) {
        StringBuilder html = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) {
                html.append("<code>").append(HtmlReport.escape(parts[i])).append("</code>");
            } else {
                String plain = i % 2 == 1 ? "`" + parts[i] : parts[i];
                html.append(BOLD.matcher(HtmlReport.escape(plain)).replaceAll("<strong>$1</strong>"));
            }
        }
        return html.toString();
    }
}
