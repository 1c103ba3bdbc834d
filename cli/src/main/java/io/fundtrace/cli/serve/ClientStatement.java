package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.ResultTable;

/** One statement of a JDBC connection: its text once prepared, its row cap, and the rows of its last run until the client has fetched the last frame. */
final class ClientStatement {
    private final String sql;
    private final long maxRowCount;
    private volatile ResultTable result;

    ClientStatement(String sql, long maxRowCount) {
        this.sql = sql;
        this.maxRowCount = maxRowCount;
    }

    String sql() {
        return sql;
    }

    long maxRowCount() {
        return maxRowCount;
    }

    ResultTable result() {
        return result;
    }

    void result(ResultTable rows) {
        this.result = rows;
    }

    /** The rows held for the client to fetch: none once it has had the last frame. */
    int heldRows() {
        ResultTable held = result;
        return held == null ? 0 : held.rows().size();
    }
}
