package io.fundtrace.warehouse.gate;

import java.util.List;

/** A table or view a role may query, in schema model, marts or (leader, pfo) audit. */
public record PublishedTable(String schema, String name, List<PublishedColumn> columns) {
    public String qualifiedName() {
        return schema + "." + name;
    }
}
