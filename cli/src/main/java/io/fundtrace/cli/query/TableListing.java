package io.fundtrace.cli.query;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.PublishedColumn;
import io.fundtrace.warehouse.gate.PublishedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console's \d (published tables) and \d NAME (a table's columns), described from the data dictionary. */
public final class TableListing {
    private final List<PublishedTable> tables;
    private final DataDictionary dictionary;

    TableListing(List<PublishedTable> tables, DataDictionary dictionary) {
        this.tables = tables;
        this.dictionary = dictionary;
    }

    ResultTable tables() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedTable table : tables) {
            DataDictionary.Entry entry = dictionary.table(table.schema(), table.name()).orElse(null);
            rows.add(List.of(table.qualifiedName(), entry == null ? "" : entry.descriptionZh(), entry == null ? "" : entry.descriptionEn()));
        }
        return new ResultTable(List.of("table", "说明", "description"), List.of("VARCHAR", "VARCHAR", "VARCHAR"), rows, false);
    }

    ResultTable columns(String name) {
        PublishedTable table = find(name);
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedColumn column : table.columns()) {
            DataDictionary.Entry entry = dictionary.column(table.schema(), table.name(), column.name()).orElse(null);
            rows.add(List.of(column.name(), column.type(), entry == null ? "" : entry.descriptionZh(), entry == null ? "" : entry.descriptionEn()));
        }
        return new ResultTable(List.of("column", "type", "说明", "description"), List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"), rows, false);
    }

    /** By schema.table, or by table alone when one schema has it. */
    private PublishedTable find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<PublishedTable> matches = tables.stream()
                .filter(t -> t.qualifiedName().equals(wanted) || t.name().equals(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new WarehouseException(matches.isEmpty()
                ? "no published table " + name + " for this role; \\d lists them"
                : name + " is in several schemas; write schema.table");
    }
}
