package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.WarehouseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who reads (rules.md, Access): {@code leader}, {@code pfo}, {@code department:<处室>},
 * {@code region:<code>}, {@code evaluator} or {@code analyst}. The one role of every reader - the SQL
 * gate, the listings, reports, notices, metrics and notebooks; what each role may read is policy.csv.
 */
public record Role(Kind kind, String scope) {
    /**
     * The role of every command that reads the warehouse when --role is not given. The leader's view is
     * the monitoring as rules.md defines it (every warning, the whole ledger, classified funds included)
     * with payee identity masked; a command line is no log-in (whoever runs it can open the warehouse file
     * itself), so the role names the audience of the output, and a narrower one is asked for by name.
     */
    public static final String DEFAULT = "leader";
    public static final Role LEADER = new Role(Kind.LEADER, "");
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");

    public enum Kind { LEADER, PFO, DEPARTMENT, REGION, EVALUATOR, ANALYST }

    public static Role parse(String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        String name = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
        String scope = colon < 0 ? "" : value.substring(colon + 1).strip();
        switch (name) {
            case "leader", "pfo", "evaluator", "analyst" -> {
                if (colon >= 0) {
                    throw new WarehouseException("role " + name + " takes no scope: " + value);
                }
                return new Role(Kind.valueOf(name.toUpperCase(Locale.ROOT)), "");
            }
            case "department" -> {
                if (scope.isEmpty()) {
                    throw new WarehouseException("role department needs a 处室: department:<处室>, e.g. department:农业处");
                }
                return new Role(Kind.DEPARTMENT, scope);
            }
            case "region" -> {
                if (!REGION_CODE.matcher(scope).matches()) {
                    throw new WarehouseException("role region needs a six-digit region code: region:<code>, e.g. region:653100");
                }
                return new Role(Kind.REGION, scope);
            }
            default -> throw new WarehouseException("unknown role '" + value
                    + "': use leader, pfo, department:<处室>, region:<code>, evaluator or analyst");
        }
    }

    /** The region whose subtree the role reads, or null. */
    public String regionScope() {
        return kind == Kind.REGION ? scope : null;
    }

    /** The 处室 whose funds the role reads, or null. */
    public String departmentScope() {
        return kind == Kind.DEPARTMENT ? scope : null;
    }

    /**
     * The role whose views an aggregate product for this role is computed from. An evaluator reads
     * "marts and metrics only": the metrics are aggregates of indicators, allocations and payments it may
     * not read itself, so they are computed over what an analyst reads (every region, no classified
     * detail, payee identity masked) and only the aggregate leaves. Every other role: itself.
     */
    public Role aggregateSource() {
        return kind == Kind.EVALUATOR ? new Role(Kind.ANALYST, "") : this;
    }

    /** Only the 扶贫办 sees who was paid. */
    public boolean seesPayeeIdentity() {
        return kind == Kind.PFO;
    }

    /** Classified (涉密) funds appear only as totals outside leader and pfo. */
    public boolean seesClassifiedDetail() {
        return kind == Kind.LEADER || kind == Kind.PFO;
    }

    /** The name used in policy.csv's roles column. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return scope.isEmpty() ? kindName() : kindName() + ":" + scope;
    }
}
