package io.fundtrace.marts;

import io.fundtrace.warehouse.WarehouseException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills ${as_of}, ${schema} and ${parameter} in a mart's SQL; an unknown name is an error, not a blank. */
final class SqlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final LocalDate asOf;
    private final String schema;
    private final MartParameters parameters;

    SqlTemplate(LocalDate asOf, String schema, MartParameters parameters) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new WarehouseException("invalid mart schema name " + schema);
        }
        this.asOf = asOf;
        this.schema = schema;
        this.parameters = parameters;
    }

    String fill(String sql) {
        Matcher matcher = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "as_of" -> "DATE '" + asOf + "'";
                case "schema" -> schema;
                default -> parameters.value(name);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
