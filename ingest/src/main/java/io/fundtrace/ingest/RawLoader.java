package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a file's header onto its entity's columns and appends the file to raw.<entity> in one INSERT. */
final class RawLoader {
    private static final String SOURCE_VIEW = "raw_source";
    private final Sql sql;

    RawLoader(Sql sql) {
        this.sql = sql;
    }

    void load(ContractEntity entity, DecodedFile file, long batchId) throws FileRefusedException, MalformedCsvException {
        String fileName = file.source().getFileName().toString();
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> unknownNames = new ArrayList<>();
        List<String> unknownValues = new ArrayList<>();
        List<ContractColumn> seen = new ArrayList<>();
        List<String> seenHeaders = new ArrayList<>();
        List<Optional<ContractColumn>> named = entity.columnsForHeader(file.header());
        // every fault of the header in one refusal, so that one correction of the export is enough
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < file.header().size(); i++) {
            String header = file.header().get(i);
            String position = "c" + i;
            Optional<ContractColumn> column = named.get(i);
            if (column.isPresent()) {
                if (seen.contains(column.get())) {
                    // which of the two holds the values is anyone's guess
                    faults.add("column " + column.get().name() + " (" + column.get().alias() + ") is named twice in the header ("
                            + seenHeaders.get(seen.indexOf(column.get())).strip() + " and " + header.strip() + "); expected each column once");
                    continue;
                }
                seen.add(column.get());
                seenHeaders.add(header);
                targets.add(SqlTemplate.identifier(column.get().name()));
                sources.add(position);
            } else {
                String name = header.strip();
                // two columns the contract does not know by one name (two 备注 of an export): both kept in raw,
                // the later under its position
                boolean repeated = unknownNames.stream().anyMatch(known -> known.equalsIgnoreCase(name));
                unknownNames.add(repeated ? (name.isEmpty() ? "" : name + " ") + "(column " + (i + 1) + ")" : name);
                unknownValues.add(position);
            }
        }
        for (ContractColumn column : entity.columns()) {
            if (column.required() && !seen.contains(column)) {
                faults.add("column " + column.name() + " (" + column.alias() + ") is missing; expected a header naming every required column of "
                        + entity.name());
            }
        }
        if (!faults.isEmpty()) {
            throw new FileRefusedException(fileName + ": refused: " + String.join("; also ", faults));
        }
        Map<String, String> values = Map.of(
                "entity", entity.name(),
                "batch", Long.toString(batchId),
                "file", sql.literal(fileName),
                "sha256", file.sha256(),
                "target_columns", String.join(", ", targets),
                "source_columns", String.join(", ", sources),
                "unknown_columns", unknownNames.isEmpty() ? "NULL" : sql.dialect().jsonObject(unknownNames, unknownValues));
        if (file.layout().records() == 0) {
            // Nothing to append, and an empty append is what DuckDB 2.0.0.1 mishandles (load/append_guard.sql):
            // skipped, every append to raw holds rows.
            return;
        }
        try {
            sql.engine().csvTextView(SOURCE_VIEW, file.csv(), file.header().size(), file.layout().lines());
            sql.template("load/raw_insert.sql", values);
        } catch (RuntimeException e) {
            Optional<String> malformed = sql.dialect().malformedCsv(e);
            if (malformed.isPresent()) {
                throw new MalformedCsvException(fileName, malformed.get());
            }
            throw e;
        }
    }
}
