package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One published table and how a role sees it, from warehouse/gate/policy.csv: which roles may read it,
 * the SQL expressions (over alias {@code t}) giving a row's region, fund and project, what becomes of a
 * classified fund's rows outside leader and pfo, the columns an evaluator sees empty, and the columns
 * that hold payee identity besides payee_id, payee_name and payee_account, with the fragment that masks
 * each.
 */
public record TablePolicy(String schema, String table, Set<String> roles, String regionKey, String fundKey,
                          String projectKey, Classified classified, Set<String> evaluatorNulls, Map<String, String> masks) {
    static final String RESOURCE = "warehouse/gate/policy.csv";
    /** Columns that hold payee identity wherever they appear; each has a macro of its name + _mask in payee_masks.sql. */
    static final List<String> PAYEE_COLUMNS = List.of("payee_id", "payee_name", "payee_account");
    private static final int CELLS = 9;
    /** Mart schemas built for another date (marts_previous) follow the policy of marts. */
    private static final String MART_SCHEMA = "marts";

    /** What a role that sees classified (涉密) funds only as totals sees of a classified fund's rows. */
    public enum Classified {
        /** The table has no fund: nothing to hide. */
        NONE,
        /** Detail rows (one indicator, payment, warning, ...): dropped. */
        DETAIL,
        /** Aggregate rows (fund x region): kept at province level only, so the province's total is all that shows. */
        PROVINCE
    }

    public static List<TablePolicy> load() {
        return Loaded.POLICIES;
    }

    /** Read once: the policy is part of the build, not a setting. */
    private static final class Loaded {
        static final List<TablePolicy> POLICIES = read();
    }

    private static List<TablePolicy> read() {
        List<TablePolicy> policies = new ArrayList<>();
        List<String> lines = SqlResource.read(RESOURCE).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != CELLS) {
                throw new WarehouseException(RESOURCE + ": expected " + CELLS + " cells in line: " + line);
            }
            policies.add(new TablePolicy(cells[0], cells[1], set(cells[2]), cells[3], cells[4], cells[5],
                    cells[6].isEmpty() ? Classified.NONE : Classified.valueOf(cells[6].toUpperCase(Locale.ROOT)),
                    set(cells[7]), masks(cells[8])));
        }
        return List.copyOf(policies);
    }

    /** The policy of schema.table, if the table is published; a table of marts_previous has the policy of marts. */
    public static Optional<TablePolicy> find(String schema, String table) {
        String policySchema = schema.startsWith(MART_SCHEMA + "_") ? MART_SCHEMA : schema;
        return load().stream().filter(p -> p.schema().equals(policySchema) && p.table().equals(table)).findFirst()
                .map(p -> p.inSchema(schema));
    }

    private TablePolicy inSchema(String otherSchema) {
        return new TablePolicy(otherSchema, table, roles, regionKey, fundKey, projectKey, classified, evaluatorNulls, masks);
    }

    private static Set<String> set(String cell) {
        return cell.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(cell.split(";")));
    }

    /** column=fragment pairs, e.g. value=quarantine_value_mask;raw_values=quarantine_raw_values_mask. */
    private static Map<String, String> masks(String cell) {
        Map<String, String> masks = new LinkedHashMap<>();
        for (String pair : set(cell)) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new WarehouseException(RESOURCE + ": a mask is column=fragment, not " + pair);
            }
            masks.put(parts[0], parts[1]);
        }
        return Map.copyOf(masks);
    }

    public boolean readableBy(Role role) {
        return roles.contains("all") || roles.contains(role.kindName());
    }

    /** Whether the role sees the column empty: an evaluator sees no payee identity, and none of the evaluator_nulls. */
    public boolean blanks(Role role, String column) {
        return role.kind() == Role.Kind.EVALUATOR && (holdsPayeeIdentity(column) || evaluatorNulls.contains(column));
    }

    /** Whether the column holds payee identity: masked for every role but pfo, empty for an evaluator. */
    public boolean holdsPayeeIdentity(String column) {
        return PAYEE_COLUMNS.contains(column) || masks.containsKey(column);
    }

    public String qualifiedName() {
        return schema + "." + table;
    }
}
