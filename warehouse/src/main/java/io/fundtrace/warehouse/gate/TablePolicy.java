package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One published table and how a role sees it, from warehouse/gate/policy.csv: which roles may read it,
 * the SQL expression (over alias {@code t}) giving a row's region and fund, whether its rows are
 * detail (classified funds dropped outside leader and pfo), and the columns an evaluator sees empty.
 */
public record TablePolicy(String schema, String table, Set<String> roles, String regionKey, String fundKey,
                          boolean detail, Set<String> evaluatorNulls) {
    static final String RESOURCE = "warehouse/gate/policy.csv";

    public static List<TablePolicy> load() {
        List<TablePolicy> policies = new ArrayList<>();
        List<String> lines = SqlResource.read(RESOURCE).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 7) {
                throw new WarehouseException(RESOURCE + ": expected 7 cells in line: " + line);
            }
            policies.add(new TablePolicy(cells[0], cells[1], set(cells[2]), cells[3], cells[4],
                    "Y".equals(cells[5]), set(cells[6])));
        }
        return List.copyOf(policies);
    }

    private static Set<String> set(String cell) {
        return cell.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(cell.split(";")));
    }

    public boolean readableBy(Role role) {
        return roles.contains("all") || roles.contains(role.kindName());
    }

    public String qualifiedName() {
        return schema + "." + table;
    }
}
