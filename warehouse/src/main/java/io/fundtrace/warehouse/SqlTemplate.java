package io.fundtrace.warehouse;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the ${name} placeholders of a .sql resource. The engines share no parameter binding, so values
 * are written into the text: SQL fragments the code chose (identifiers, numbers, the literals made by
 * {@link #literal}), never a user's text as it came. A placeholder without a value is an error, never a
 * blank.
 */
public final class SqlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_0-9]+)}");

    private SqlTemplate() {
    }

    /** The text with every ${name} replaced by the fragment the function gives (null: no value). */
    public static String fill(String text, Function<String, String> fragments) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String fragment = fragments.apply(matcher.group(1));
            if (fragment == null) {
                throw new WarehouseException("no value for ${" + matcher.group(1) + "} in: " + text.lines().findFirst().orElse(""));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static String fill(String text, Map<String, String> fragments) {
        return fill(text, fragments::get);
    }

    /**
     * A value as an SQL literal both engines read the same: numbers as written, dates typed, text quoted.
     * DuckDB and Spark escape quotes and backslashes differently, so text holding either is refused: the
     * values written here are names and figures the code chose (the ingest's dialect quotes source text).
     */
    public static String literal(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        String text = String.valueOf(value);
        if (text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0) {
            throw new WarehouseException("a value with a quote or a backslash cannot be an SQL literal on every engine: " + text);
        }
        return "'" + text + "'";
    }

    /** A name quoted as an identifier. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
