package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.WarehouseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who runs a query (rules.md, Access): {@code leader}, {@code pfo}, {@code department:<处室>},
 * {@code region:<code>}, {@code evaluator} or {@code analyst}.
 */
public record Role(Kind kind, String scope) {
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
