package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Resolves and installs what a report covers: the month's end (and the previous month-end), the root
 * region (--region, the role's region, or the province) and the funds it is about. What the role may
 * read at all is the role's views (RoleSession); this is what the report is about within them, and
 * whether a classified fund it shows is folded into one total row.
 */
public final class ReportScope {
    private final LocalDate asOf;
    private final String rootCode;
    private final String rootName;

    private ReportScope(LocalDate asOf, String rootCode, String rootName) {
        this.asOf = asOf;
        this.rootCode = rootCode;
        this.rootName = rootName;
    }

    public static ReportScope install(ReportQueries queries, YearMonth month, String region, Role role) {
        return install(queries, month, region, role, role.departmentScope(), role.seesClassifiedDetail());
    }

    /** For a department's notice: that department's funds, classified ones as totals only. */
    public static ReportScope install(ReportQueries queries, YearMonth month, String region, Role role,
                                      String department, boolean classifiedDetail) {
        String root = region;
        if (role.regionScope() != null) {
            if (root == null) {
                root = role.regionScope();
            } else if (queries.table("region_within", root, role.regionScope()).isEmpty()) {
                throw new IllegalArgumentException("region " + root + " is outside the subtree of role " + role);
            }
        }
        ResultTable province = queries.table("root_region");
        String defaultRoot = province.isEmpty() ? null : province.value(0, "region_code").toString();
        if (root == null) {
            if (defaultRoot == null) {
                throw new IllegalArgumentException("the warehouse has no province region; ingest a drop first");
            }
            root = defaultRoot;
        }
        ResultTable name = queries.table("region_name", root);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("unknown region " + root);
        }
        LocalDate asOf = month.atEndOfMonth();
        queries.execute("scope", asOf, month.getYear(), month.getMonthValue(), month.minusMonths(1).atEndOfMonth(),
                root, root, department, defaultRoot, classifiedDetail);
        return new ReportScope(asOf, root, name.value(0, "name").toString());
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String rootCode() {
        return rootCode;
    }

    public String rootName() {
        return rootName;
    }
}
