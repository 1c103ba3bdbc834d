package io.fundtrace.warehouse;

import java.util.Locale;

/** A JSON string literal, the one escaping every command and export shares. */
public final class JsonText {
    private JsonText() {
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // U+2028 and U+2029 end a line in JavaScript: escaped too, for whoever reads the log in a browser
                default -> out.append(c < 0x20 || c == '\u2028' || c == '\u2029'
                        ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
