package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The role's view of one published table: the warehouse table filtered to the role's rows, with payee
 * identity masked in the projection itself, so that the original value never leaves this view.
 */
final class PublishedView {
    private PublishedView() {
    }

    /** The macros the views call to mask payee identity (payee_masks.sql), made once per session before the views. */
    static List<String> maskMacros() {
        return SqlResource.statements(SqlResource.read("warehouse/gate/payee_masks.sql"));
    }

    /** CREATE VIEW memory.schema.table over warehouse.schema.table for this role; payeeKey: add payee_key beside payee_id. */
    static String definition(TablePolicy policy, Role role, List<String> columns, boolean payeeKey) {
        List<String> projection = new ArrayList<>();
        for (String column : columns) {
            projection.add(expression(policy, role, column) + " AS " + quote(column));
        }
        if (payeeKey && columns.contains("payee_id")) {
            String key = role.kind() == Role.Kind.EVALUATOR ? "CAST(NULL AS VARCHAR)" : fragment("payee_key");
            projection.add(key + " AS payee_key");
        }
        List<String> filters = new ArrayList<>();
        if (role.kind() == Role.Kind.REGION && !policy.regionKey().isEmpty()) {
            filters.add(filter("region_filter", policy.regionKey(), role));
        }
        if (role.kind() == Role.Kind.DEPARTMENT && !policy.fundKey().isEmpty()) {
            filters.add(filter("department_filter", policy.fundKey(), role));
        } else if (role.kind() == Role.Kind.DEPARTMENT && !policy.projectKey().isEmpty()) {
            filters.add(filter("department_project_filter", policy.projectKey(), role));
        }
        if (!role.seesClassifiedDetail() && policy.classified() == TablePolicy.Classified.DETAIL) {
            filters.add(SqlTemplate.fill(fragment("unclassified_filter"), Map.of("key", policy.fundKey())));
        }
        if (!role.seesClassifiedDetail() && policy.classified() == TablePolicy.Classified.PROVINCE) {
            filters.add(SqlTemplate.fill(fragment("classified_province_filter"),
                    Map.of("fund", policy.fundKey(), "region", policy.regionKey())));
        }
        return "CREATE VIEW memory." + quote(policy.schema()) + "." + quote(policy.table()) + " AS SELECT "
                + String.join(", ", projection)
                + " FROM warehouse." + quote(policy.schema()) + "." + quote(policy.table()) + " t"
                + (filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters));
    }

    private static String expression(TablePolicy policy, Role role, String column) {
        if (policy.blanks(role, column)) {
            return "CAST(NULL AS VARCHAR)";
        }
        if (policy.holdsPayeeIdentity(column) && !role.seesPayeeIdentity()) {
            return policy.masks().containsKey(column) ? fragment(policy.masks().get(column))
                    : "memory.main." + column + "_mask(t." + quote(column) + ")";
        }
        return "t." + quote(column);
    }

    private static String filter(String name, String key, Role role) {
        return SqlTemplate.fill(fragment(name), Map.of("key", key, "scope", literal(role.scope())));
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
