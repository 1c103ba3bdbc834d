package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlTemplate;
import io.fundtrace.warehouse.WarehouseException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** What ${as_of}, ${schema} and ${parameter} stand for in a mart's, a rule's or a data test's SQL. */
final class MartPlaceholders {
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final LocalDate asOf;
    private final String schema;
    private final MartParameters parameters;

    MartPlaceholders(LocalDate asOf, String schema, MartParameters parameters) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new WarehouseException("invalid mart schema name " + schema);
        }
        this.asOf = asOf;
        this.schema = schema;
        this.parameters = parameters;
    }

    String fill(String sql) {
        return SqlTemplate.fill(sql, name -> switch (name) {
            case "as_of" -> SqlTemplate.literal(asOf);
            case "schema" -> schema;
            default -> parameters.value(name);
        });
    }
}
