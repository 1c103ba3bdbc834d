package io.fundtrace.ingest;

import java.util.ArrayList;
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

    /**
     * The column each header names, in header order: by its English name or this entity's alias, else by an
     * alias the contract gives the column in another entity, when no header names it the first way (a header
     * such as 区划代码 beside 区划 in a payments file stays an unknown column, kept in raw, rather than refusing
     * the file as a column named twice).
     */
    public List<Optional<ContractColumn>> columnsForHeader(List<String> header) {
        List<Optional<ContractColumn>> named = new ArrayList<>();
        for (String name : header) {
            Optional<ContractColumn> column = columnForHeader(name);
            named.add(column.isPresent() ? column : columns.stream()
                    .filter(shared -> shared.matchesSharedAlias(name) && header.stream().noneMatch(shared::matchesHeader))
                    .findFirst());
        }
        return named;
    }

    public Optional<ContractColumn> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
