package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlResource;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A .sql resource with ${name} placeholders, filled from contract metadata (never from user text unescaped). */
final class SqlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_0-9]+)}");

    private SqlTemplate() {
    }

    static List<String> statements(String resource, Map<String, String> values) {
        return SqlResource.statements(fill(SqlResource.read("ingest/" + resource), values));
    }

    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + matcher.group(1) + "} in " + text.lines().findFirst().orElse(""));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
