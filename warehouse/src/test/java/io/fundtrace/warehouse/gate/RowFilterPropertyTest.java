package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random published queries under region:<code> and department:<处室> roles: no result row may belong
 * to a region outside the role's subtree, to a fund of another department, or to a project none of the
 * department's funds allocated or paid to.
 */
final class RowFilterPropertyTest {
    private static final int QUERIES_PER_ROLE = 20;
    private static final List<String> REGIONS = List.of("650000", "653100", "653121", "653122", "653200", "653221");
    private static final List<String> DEPARTMENTS = List.of("预算处", "教科文处", "经建处", "行政政法处");
    private static final List<String> CODES = List.of("653121", "653122", "653221", "653100", "C01", "C10", "R01", "R08",
            "P653121001", "P653122001", "P653221001");

    @TempDir
    static Path folder;
    static Path warehouse;
    static Map<String, Set<String>> subtree = new HashMap<>();
    static Map<String, String> fundDepartment = new HashMap<>();
    /** Each project with the 处室 of every fund that allocated or paid to it. */
    static Map<String, Set<String>> projectDepartments = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        warehouse = GateFixture.warehouse(folder);
        try (SqlGate pfo = GateFixture.open(folder, warehouse, "pfo")) {
            for (List<Object> row : pfo.query("SELECT ancestor_code, region_code FROM model.region_ancestor").rows()) {
                subtree.computeIfAbsent((String) row.get(0), k -> new HashSet<>()).add((String) row.get(1));
            }
            for (List<Object> row : pfo.query("SELECT fund_code, department FROM model.dim_fund").rows()) {
                fundDepartment.put((String) row.get(0), (String) row.get(1));
            }
            for (List<Object> row : pfo.query("SELECT a.project_id, i.fund_code FROM model.fact_allocation a"
                    + " JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id"
                    + " UNION SELECT project_id, fund_code FROM model.fact_payment WHERE project_id IS NOT NULL").rows()) {
                projectDepartments.computeIfAbsent((String) row.get(0), k -> new HashSet<>()).add(fundDepartment.get((String) row.get(1)));
            }
        }
    }

    @AfterAll
    static void forget() {
        subtree.clear();
        fundDepartment.clear();
        projectDepartments.clear();
    }

    /** Published tables whose region (or fund) is a plain column, from the policy itself. */
    private static List<String[]> keyed(Function<TablePolicy, String> key) {
        List<String[]> tables = new ArrayList<>();
        for (TablePolicy policy : TablePolicy.load()) {
            String expression = key.apply(policy);
            if (expression.matches("t\\.[a-z_]+") && policy.readableBy(Role.parse("analyst"))) {
                tables.add(new String[] {policy.qualifiedName(), expression.substring(2)});
            }
        }
        return tables;
    }

    @Test
    void regionRolesSeeOnlyTheirSubtree() {
        int rows = check(new Random(20181031), TablePolicy::regionKey, REGIONS.stream().map(region -> "region:" + region).toList(),
                (region, key) -> subtree.get(region).contains(key));
        assertTrue(rows > 100, "too few rows to mean anything: " + rows);
    }

    @Test
    void departmentRolesSeeOnlyTheirFunds() {
        int rows = check(new Random(20181101), TablePolicy::fundKey, departmentRoles(),
                (department, key) -> department.equals(fundDepartment.get(key)));
        assertTrue(rows > 30, "too few rows to mean anything: " + rows);
    }

    @Test
    void departmentRolesSeeOnlyTheProjectsOfTheirFunds() {
        int rows = check(new Random(20181102), TablePolicy::projectKey, departmentRoles(),
                (department, key) -> projectDepartments.getOrDefault(key, Set.of()).contains(department));
        assertTrue(rows > 30, "too few rows to mean anything: " + rows);
    }

    private static List<String> departmentRoles() {
        return DEPARTMENTS.stream().map(department -> "department:" + department).toList();
    }

    /**
     * Random queries over the tables keyed by one policy column, under each role: the first column of every
     * row must belong to the role's scope (allowed: the role's scope and the row's key). The rows seen.
     */
    private static int check(Random random, Function<TablePolicy, String> key, List<String> roles, BiPredicate<String, String> allowed) {
        List<String[]> tables = keyed(key);
        int rows = 0;
        for (String role : roles) {
            String scope = role.substring(role.indexOf(':') + 1);
            try (SqlGate gate = GateFixture.open(folder, warehouse, role)) {
                for (int i = 0; i < QUERIES_PER_ROLE; i++) {
                    String query = randomQuery(random, tables);
                    for (List<Object> row : gate.query(query).rows()) {
                        rows++;
                        assertTrue(allowed.test(scope, (String) row.get(0)), role + " saw " + row + " from " + query);
                    }
                }
            }
        }
        return rows;
    }

    /** A random query whose first output column is the key column of some published table. */
    private static String randomQuery(Random random, List<String[]> tables) {
        String[] first = tables.get(random.nextInt(tables.size()));
        String[] second = tables.get(random.nextInt(tables.size()));
        String key = first[1];
        String predicate = predicate(random, key);
        return switch (random.nextInt(7)) {
            case 0 -> "SELECT t." + key + " AS k, t.* FROM " + first[0] + " t WHERE " + predicate;
            case 1 -> "SELECT " + key + " AS k, count(*) AS n FROM " + first[0] + " GROUP BY " + key + " ORDER BY 2 DESC";
            case 2 -> "SELECT k FROM (SELECT " + key + " AS k FROM " + first[0] + " WHERE " + predicate + ") s UNION ALL SELECT "
                    + second[1] + " FROM " + second[0];
            case 3 -> "WITH x AS (SELECT * FROM " + first[0] + ") SELECT x." + key + " AS k, r.name FROM x LEFT JOIN model.dim_region r ON r.region_code = x."
                    + key + " WHERE " + predicate.replace(key, "x." + key);
            case 4 -> "SELECT DISTINCT " + key + " AS k FROM " + first[0] + " WHERE " + key + " IN (SELECT "
                    + second[1] + " FROM " + second[0] + ") OR " + predicate;
            case 5 -> "SELECT a." + key + " AS k FROM " + first[0] + " a CROSS JOIN (SELECT count(*) AS c FROM " + second[0] + ") b WHERE b.c >= 0";
            default -> "SELECT " + key + " AS k FROM " + first[0] + " EXCEPT SELECT '" + CODES.get(random.nextInt(CODES.size())) + "'";
        };
    }

    private static String predicate(Random random, String key) {
        String code = CODES.get(random.nextInt(CODES.size()));
        return switch (random.nextInt(5)) {
            case 0 -> "1 = 1";
            case 1 -> key + " = '" + code + "' OR 1 = 1";
            case 2 -> key + " LIKE '6%' OR " + key + " NOT LIKE '6%' OR " + key + " IS NULL";
            case 3 -> key + " <> '" + code + "'";
            default -> "NOT (" + key + " = '" + code + "') OR " + key + " = '" + code + "'";
        };
    }
}
