package io.fundtrace.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of each contract entity, in contract order, read from ingest/contract.csv. */
final class ContractColumns {
    record Column(String name, String alias) {
    }

    private final Map<String, List<Column>> columnsByEntity = new LinkedHashMap<>();

    ContractColumns() {
        for (Map<String, String> row : CsvLines.readResource("/ingest/contract.csv")) {
            columnsByEntity.computeIfAbsent(row.get("entity"), e -> new ArrayList<>())
                    .add(new Column(row.get("column"), row.get("alias")));
        }
    }

    List<Column> of(String entity) {
        List<Column> columns = columnsByEntity.get(entity);
        if (columns == null) {
            throw new IllegalArgumentException("no contract entity " + entity);
        }
        return columns;
    }
}
