package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warehouse as one role may read it, for code that runs its own SQL (the listings, reports, notices
 * and metrics): the same filtered and masked views as the SQL gate (policy.csv, PublishedView), in a
 * read-only DuckDB session of their own, without the gate's check of a person's query text. A query
 * names the tables as usual ({@code marts.warnings}) and gets the role's rows; a table the role may
 * not read is not there. Unlike the gate's, these views have no payee_key: the code's readers show no
 * pseudonym, and a keyed hash of every payee (seconds for a million payments) would be wasted, so they
 * need neither the payee secret nor its binding. Open one per reader and close it; the warehouse file
 * must not be open in this process (DuckDB attaches a file once per process).
 */
public final class RoleSession implements AutoCloseable {
    private final Role role;
    private final GatedSession session;
    private final Set<String> published;

    private RoleSession(Role role, GatedSession session) {
        this.role = role;
        this.session = session;
        this.published = session.tables().stream().map(PublishedTable::qualifiedName).collect(Collectors.toUnmodifiableSet());
    }

    /** The tables a reader needs (schema.table; marts_previous.x has the policy of marts.x). */
    public static RoleSession open(Path warehouseFile, Role role, Collection<String> tables) {
        Set<String> wanted = Set.copyOf(tables);
        return new RoleSession(role, GatedSession.open(warehouseFile, role, null, null, wanted::contains));
    }

    public Role role() {
        return role;
    }

    /** A connection whose catalog holds the role's views; the reader's own temporary tables may go there too. */
    public Connection connection() {
        return session.connection();
    }

    /** Whether the table is there for this role: the role may read it and the warehouse has it. */
    public boolean reads(String table) {
        return published.contains(table);
    }

    /** Fails with a one-line reason unless the role reads the table. */
    public void requireReads(String table) {
        if (reads(table)) {
            return;
        }
        String[] name = table.split("\\.", 2);
        String readers = TablePolicy.find(name[0], name[1]).map(policy -> String.join(", ", policy.roles().stream().sorted().toList()))
                .orElse(null);
        if (readers == null || !TablePolicy.find(name[0], name[1]).orElseThrow().readableBy(role)) {
            throw new WarehouseException("role " + role + " may not read " + table + (readers == null ? ""
                    : " (readers: " + readers + "; rules.md, Access)"));
        }
        throw new WarehouseException("the warehouse has no table " + table + " yet");
    }

    /** Whether the role sees the column's values (an evaluator sees payee identity, staff IDs and evidence empty). */
    public boolean shows(String table, String column) {
        String[] name = table.split("\\.", 2);
        return reads(table) && TablePolicy.find(name[0], name[1]).map(policy -> !policy.blanks(role, column)).orElse(false);
    }

    /** The warehouse's data version: the id of the last ingest batch, which every role may quote. */
    public OptionalLong latestBatchId() {
        return session.latestBatchId();
    }

    @Override
    public void close() {
        session.close();
    }
}
