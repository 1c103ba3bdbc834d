package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlTemplate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates the raw, quarantine and history tables and the session's parsing functions. */
final class IngestSchema {
    private IngestSchema() {
    }

    static void create(Sql sql, Contract contract) {
        sql.template("load/schemas.sql", Map.of());
        for (ContractEntity entity : contract.entities()) {
            String columns = String.join(", ", entity.columns().stream()
                    .map(column -> SqlTemplate.identifier(column.name()) + " VARCHAR").toList());
            // asked first: on Delta even CREATE TABLE IF NOT EXISTS of an existing table takes half a second (it reads the log)
            if (!sql.engine().exists("raw." + entity.name())) {
                sql.template("load/raw_table.sql", Map.of("entity", entity.name(), "columns", columns));
            } else {
                addContractColumns(sql, entity);
            }
            if (!sql.engine().exists("clean." + entity.name() + "_history")) {
                sql.template("load/history_table.sql", Map.of("entity", entity.name()));
            }
        }
        // rules added since the warehouse was made join its catalogue; the ones there stay as they are
        Set<String> catalogued = new HashSet<>(sql.strings("SELECT rule FROM quarantine.rules"));
        StringBuilder rows = new StringBuilder();
        for (List<String> rule : Csv.readResource("ingest/quarantine_rules.csv")) {
            if (catalogued.contains(rule.get(0))) {
                continue;
            }
            // The English description may hold unquoted commas: it is everything between the second and the last field.
            List<String> row = List.of(rule.get(0), rule.get(1), String.join(",", rule.subList(2, rule.size() - 1)), rule.get(rule.size() - 1));
            rows.append(rows.isEmpty() ? "" : ", ").append("(").append(String.join(", ", row.stream().map(sql::literal).toList())).append(")");
        }
        if (!rows.isEmpty()) {
            // one statement: on Delta each INSERT is a commit
            sql.execute("INSERT INTO quarantine.rules VALUES " + rows);
        }
        sql.template(sql.dialect().functions(), Map.of());
    }

    /** A raw table made before a contract version added columns (evidence of rectifications, v1.2) gets them, as text. */
    private static void addContractColumns(Sql sql, ContractEntity entity) {
        List<String> present = sql.engine().columns("raw." + entity.name());
        for (ContractColumn column : entity.columns()) {
            if (!present.contains(column.name())) {
                sql.execute("ALTER TABLE raw." + entity.name() + " ADD COLUMN " + SqlTemplate.identifier(column.name()) + " STRING");
            }
        }
    }
}
