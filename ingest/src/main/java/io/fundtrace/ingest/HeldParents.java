package io.fundtrace.ingest;

import java.util.List;
import java.util.Map;

/**
 * unknown_region down a chain of new regions: a region whose parent this batch holds is held too, and
 * its children after it, so no region loads under a parent that does not. Each round holds the next level
 * (validation/parent_region_held.sql); a batch whose regions all have their parents ends after one query.
 */
final class HeldParents {
    static final String QUERY = "validation/parent_region_held.sql";
    private static final int MAXIMUM_ROUNDS = 100;

    private final Sql sql;

    HeldParents(Sql sql) {
        this.sql = sql;
    }

    /** Holds the regions whose parent is held, level by level; returns how many. */
    int holdChildrenOfHeldParents() {
        int total = 0;
        for (int round = 0; ; round++) {
            List<List<Object>> children = sql.rows(QUERY, Map.of());
            if (children.isEmpty()) {
                return total;
            }
            // each round holds rows the next cannot return: more rounds than a tree's levels is a fault, not a chain
            if (round == MAXIMUM_ROUNDS) {
                throw new IllegalStateException("regions still held after " + MAXIMUM_ROUNDS + " rounds: " + children);
            }
            HeldRows held = new HeldRows(sql, "unknown_region", "parent_code");
            for (List<Object> child : children) {
                held.add(child.get(0), (String) child.get(1), child.get(2), (String) child.get(3));
            }
            total += held.insert();
        }
    }
}
