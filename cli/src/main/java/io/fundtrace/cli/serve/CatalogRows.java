package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.PublishedColumn;
import io.fundtrace.warehouse.gate.PublishedTable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaUtils;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;

/**
 * The answers to a JDBC client's metadata calls (tables, columns, schemas, table types), made from the
 * tables the user's role may read - the gate's own list, so a client is shown exactly what its queries
 * may name - with the data dictionary's descriptions as remarks. The result columns are the JDBC
 * standard's, as Avatica's MetaImpl row classes name them; every other metadata call has no rows.
 */
final class CatalogRows {
    /** What a client sees the published tables as (they are views over the warehouse inside the gate). */
    static final String TABLE_TYPE = "TABLE";

    /** Columns and rows of one metadata result. */
    record Rows(List<ColumnMetaData> columns, List<Object> rows) {
    }

    private final DataDictionary dictionary;

    CatalogRows(DataDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Rows tables(List<PublishedTable> tables, Meta.Pat schema, Meta.Pat table, List<String> types) {
        List<Object> rows = new ArrayList<>();
        if (types == null || types.stream().anyMatch(TABLE_TYPE::equalsIgnoreCase)) {
            for (PublishedTable published : tables) {
                if (matches(schema, published.schema()) && matches(table, published.name())) {
                    String remarks = dictionary.table(published.schema(), published.name()).map(CatalogRows::remarks).orElse(null);
                    rows.add(row(MetaImpl.MetaTable.class, Map.of("TABLE_SCHEM", published.schema(), "TABLE_NAME", published.name(),
                            "TABLE_TYPE", TABLE_TYPE), remarks));
                }
            }
        }
        return new Rows(columns(MetaImpl.MetaTable.class), rows);
    }

    Rows columns(List<PublishedTable> tables, Meta.Pat schema, Meta.Pat table, Meta.Pat column) {
        List<Object> rows = new ArrayList<>();
        for (PublishedTable published : tables) {
            if (!matches(schema, published.schema()) || !matches(table, published.name())) {
                continue;
            }
            for (int position = 1; position <= published.columns().size(); position++) {
                PublishedColumn each = published.columns().get(position - 1);
                if (!matches(column, each.name())) {
                    continue;
                }
                ColumnType type = ColumnType.of(each.type());
                boolean numeric = type.jdbcType() != Types.VARCHAR && type.jdbcType() != Types.BOOLEAN && type.jdbcType() != Types.DATE
                        && type.jdbcType() != Types.TIMESTAMP;
                Map<String, Object> values = new HashMap<>();
                values.put("TABLE_SCHEM", published.schema());
                values.put("TABLE_NAME", published.name());
                values.put("COLUMN_NAME", each.name());
                values.put("DATA_TYPE", type.jdbcType());
                values.put("TYPE_NAME", each.type());
                values.put("COLUMN_SIZE", type.jdbcType() == Types.VARCHAR ? null : type.precision());
                values.put("DECIMAL_DIGITS", numeric || type.jdbcType() == Types.TIMESTAMP ? type.scale() : null);
                values.put("NUM_PREC_RADIX", numeric ? 10 : null);
                values.put("NULLABLE", DatabaseMetaData.columnNullable);
                values.put("ORDINAL_POSITION", position);
                values.put("IS_NULLABLE", "YES");
                values.put("IS_AUTOINCREMENT", "NO");
                values.put("IS_GENERATEDCOLUMN", "NO");
                String remarks = dictionary.column(published.schema(), published.name(), each.name()).map(CatalogRows::remarks).orElse(null);
                rows.add(row(MetaImpl.MetaColumn.class, values, remarks));
            }
        }
        return new Rows(columns(MetaImpl.MetaColumn.class), rows);
    }

    Rows schemas(List<PublishedTable> tables, Meta.Pat schema) {
        Set<String> names = new LinkedHashSet<>();
        tables.stream().map(PublishedTable::schema).filter(name -> matches(schema, name)).sorted().forEach(names::add);
        List<Object> rows = new ArrayList<>();
        names.forEach(name -> rows.add(row(MetaImpl.MetaSchema.class, Map.of("TABLE_SCHEM", name), null)));
        return new Rows(columns(MetaImpl.MetaSchema.class), rows);
    }

    Rows tableTypes() {
        return new Rows(columns(MetaImpl.MetaTableType.class), List.of(row(MetaImpl.MetaTableType.class, Map.of("TABLE_TYPE", TABLE_TYPE), null)));
    }

    /** No rows, with the columns JDBC names for this kind of metadata (procedures, keys, type info, ...). */
    static Rows empty(Class<?> rowClass) {
        return new Rows(columns(rowClass), List.of());
    }

    /** The dictionary's Chinese description, with the English one after it. */
    private static String remarks(DataDictionary.Entry entry) {
        if (entry.descriptionEn().isBlank()) {
            return entry.descriptionZh();
        }
        return entry.descriptionZh().isBlank() ? entry.descriptionEn() : entry.descriptionZh() + " (" + entry.descriptionEn() + ")";
    }

    /** A JDBC metadata pattern: % any run, _ one character, \ escapes; absent matches all. */
    static boolean matches(Meta.Pat pattern, String name) {
        if (pattern == null || pattern.s == null) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        String text = pattern.s;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                regex.append(Pattern.quote(String.valueOf(text.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(name).matches();
    }

    /** The JDBC columns of a MetaImpl row class, as MetaImpl itself derives them (public instance fields, in order). */
    static List<ColumnMetaData> columns(Class<?> rowClass) {
        List<ColumnMetaData> columns = new ArrayList<>();
        for (Field field : fields(rowClass)) {
            columns.add(MetaImpl.columnMetaData(AvaticaUtils.camelToUpper(field.getName()), columns.size(), field.getType(),
                    field.isAnnotationPresent(MetaImpl.ColumnNoNulls.class) ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable));
        }
        return columns;
    }

    private static List<Field> fields(Class<?> rowClass) {
        List<Field> fields = new ArrayList<>();
        for (Field field : rowClass.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static List<Object> row(Class<?> rowClass, Map<String, Object> values, String remarks) {
        List<Object> row = new ArrayList<>();
        for (Field field : fields(rowClass)) {
            String column = AvaticaUtils.camelToUpper(field.getName());
            row.add(column.equals("REMARKS") ? remarks : values.get(column));
        }
        return row;
    }
}
