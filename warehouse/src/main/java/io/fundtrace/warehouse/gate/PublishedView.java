package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The role's view of one published table: the warehouse table filtered to the role's rows, with payee
 * identity masked in the projection itself, so that the original value never leaves this view.
 */
final class PublishedView {
    private static final List<String> PAYEE_COLUMNS = List.of("payee_id", "payee_name", "payee_account");

    private PublishedView() {
    }

    /** CREATE VIEW memory.schema.table over warehouse.schema.table for this role. */
    static String definition(TablePolicy policy, Role role, List<String> columns) {
        List<String> projection = new ArrayList<>();
        boolean hasPayee = columns.contains("payee_id");
        for (String column : columns) {
            projection.add(expression(policy, role, column) + " AS " + quote(column));
        }
        if (hasPayee) {
            String key = role.kind() == Role.Kind.EVALUATOR ? "CAST(NULL AS VARCHAR)" : fragment("payee_key");
            projection.add(key + " AS payee_key");
        }
        List<String> filters = new ArrayList<>();
        if (role.kind() == Role.Kind.REGION && !policy.regionKey().isEmpty()) {
            filters.add(fragment("region_filter").replace("${key}", policy.regionKey()).replace("${scope}", literal(role.scope())));
        }
        if (role.kind() == Role.Kind.DEPARTMENT && !policy.fundKey().isEmpty()) {
            filters.add(fragment("department_filter").replace("${key}", policy.fundKey()).replace("${scope}", literal(role.scope())));
        }
        if (policy.detail() && !role.seesClassifiedDetail() && !policy.fundKey().isEmpty()) {
            filters.add(fragment("unclassified_filter").replace("${key}", policy.fundKey()));
        }
        return "CREATE VIEW memory." + quote(policy.schema()) + "." + quote(policy.table()) + " AS SELECT "
                + String.join(", ", projection)
                + " FROM warehouse." + quote(policy.schema()) + "." + quote(policy.table()) + " t"
                + (filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters));
    }

    private static String expression(TablePolicy policy, Role role, String column) {
        boolean payee = PAYEE_COLUMNS.contains(column);
        if (role.kind() == Role.Kind.EVALUATOR && (payee || policy.evaluatorNulls().contains(column))) {
            return "CAST(NULL AS VARCHAR)";
        }
        if (payee && !role.seesPayeeIdentity()) {
            return fragment(column + "_mask");
        }
        return "t." + quote(column);
    }

    private static String fragment(String name) {
        return SqlResource.statements(SqlResource.read("warehouse/gate/" + name + ".sql")).get(0);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
