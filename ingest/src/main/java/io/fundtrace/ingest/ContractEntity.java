package io.fundtrace.ingest;

import java.util.List;
import java.util.Optional;

/** One entity of the source contract with its columns in contract order. */
public record ContractEntity(String name, List<ContractColumn> columns) {

    public List<ContractColumn> keyColumns() {
        return columns.stream().filter(ContractColumn::key).toList();
    }

    public Optional<ContractColumn> columnForHeader(String header) {
        return columns.stream().filter(column -> column.matchesHeader(header)).findFirst();
    }

    public Optional<ContractColumn> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
