package io.fundtrace.warehouse.gate;

/** A column of a published table as the role sees it, with its DuckDB type (e.g. DECIMAL(18,2)). */
public record PublishedColumn(String name, String type) {
}
