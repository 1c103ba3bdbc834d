package io.fundtrace.reports;

/** Who reads an output (rules.md, Access) and what that reader may see. */
public record Role(Kind kind, String argument) {
    public enum Kind { LEADER, PFO, DEPARTMENT, REGION, EVALUATOR, ANALYST }

    public static final Role LEADER = new Role(Kind.LEADER, null);

    public static Role parse(String text) {
        String value = text == null || text.isBlank() ? "leader" : text.strip();
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        String argument = colon < 0 ? null : value.substring(colon + 1).strip();
        Kind kind = switch (name) {
            case "leader" -> Kind.LEADER;
            case "pfo" -> Kind.PFO;
            case "department" -> Kind.DEPARTMENT;
            case "region" -> Kind.REGION;
            case "evaluator" -> Kind.EVALUATOR;
            case "analyst" -> Kind.ANALYST;
            default -> throw new IllegalArgumentException("unknown role '" + value
                    + "'; use leader, pfo, department:<处室>, region:<code>, evaluator or analyst");
        };
        boolean needsArgument = kind == Kind.DEPARTMENT || kind == Kind.REGION;
        if (needsArgument && (argument == null || argument.isEmpty())) {
            throw new IllegalArgumentException("role " + name + " needs a value, e.g. " + name
                    + (kind == Kind.REGION ? ":653100" : ":农业处"));
        }
        if (!needsArgument && argument != null) {
            throw new IllegalArgumentException("role " + name + " takes no value");
        }
        return new Role(kind, argument);
    }

    public boolean seesPayeeIdentity() {
        return kind == Kind.PFO;
    }

    public boolean seesClassifiedDetail() {
        return kind == Kind.LEADER || kind == Kind.PFO;
    }

    public boolean seesPaymentDetail() {
        return kind != Kind.EVALUATOR;
    }

    /** The one department this role is limited to, or null. */
    public String department() {
        return kind == Kind.DEPARTMENT ? argument : null;
    }

    /** The region whose subtree this role is limited to, or null. */
    public String region() {
        return kind == Kind.REGION ? argument : null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + (argument == null ? "" : ":" + argument);
    }
}
