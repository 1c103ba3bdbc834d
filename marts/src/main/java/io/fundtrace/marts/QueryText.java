package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of marts/queries/ with its ${name} values filled in as SQL literals (text quoted, numbers
 * as they are): the engines share no parameter binding, so the values are written into the text.
 */
final class QueryText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private QueryText() {
    }

    static String of(String resource, Map<String, Object> values) {
        Matcher matcher = PLACEHOLDER.matcher(SqlResource.read(resource));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (!values.containsKey(matcher.group(1))) {
                throw new WarehouseException(resource + ": no value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal(values.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String literal(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }
}
