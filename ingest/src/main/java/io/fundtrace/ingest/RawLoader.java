package io.fundtrace.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a file's header onto its entity's columns and appends the file to raw.<entity> in one INSERT. */
final class RawLoader {
    private final Sql sql;

    RawLoader(Sql sql) {
        this.sql = sql;
    }

    long load(ContractEntity entity, DecodedFile file, long batchId) throws SQLException, FileRefusedException, MalformedCsvException {
        String fileName = file.source().getFileName().toString();
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> csvColumns = new ArrayList<>();
        List<ContractColumn> seen = new ArrayList<>();
        for (int i = 0; i < file.header().size(); i++) {
            String header = file.header().get(i);
            String position = "c" + i;
            csvColumns.add("'" + position + "': 'VARCHAR'");
            Optional<ContractColumn> column = entity.columnForHeader(header);
            if (column.isPresent() && !seen.contains(column.get())) {
                seen.add(column.get());
                targets.add(SqlTemplate.identifier(column.get().name()));
                sources.add(position);
            } else {
                unknown.add("'" + SqlTemplate.literal(header.strip()) + "', " + position);
            }
        }
        for (ContractColumn column : entity.columns()) {
            if (column.required() && !seen.contains(column)) {
                throw new FileRefusedException(fileName + ": refused: column " + column.name() + " (" + column.alias()
                        + ") is missing; expected a header naming every required column of " + entity.name());
            }
        }
        Map<String, String> values = Map.of(
                "entity", entity.name(),
                "batch", Long.toString(batchId),
                "file", SqlTemplate.literal(fileName),
                "sha256", file.sha256(),
                "target_columns", String.join(", ", targets),
                "source_columns", String.join(", ", sources),
                "unknown_columns", unknown.isEmpty() ? "NULL" : "CAST(json_object(" + String.join(", ", unknown) + ") AS VARCHAR)",
                "path", SqlTemplate.literal(file.csv().toAbsolutePath().toString()),
                "csv_columns", String.join(", ", csvColumns));
        try {
            return sql.template("load/raw_insert.sql", values);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("CSV Error")) {
                throw new MalformedCsvException(fileName, e.getMessage().lines().findFirst().orElse("").replaceFirst("^.*?(CSV Error)", "$1"));
            }
            throw e;
        }
    }
}
