package io.fundtrace.warehouse.gate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/** Calcite's picture of exactly the tables a role may query, built from the gated session's catalog. */
final class CalciteCatalog {
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

    private CalciteCatalog() {
    }

    static CalciteCatalogReader reader(List<PublishedTable> tables, JavaTypeFactoryImpl typeFactory) {
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        Map<String, Map<String, Table>> schemas = new HashMap<>();
        for (PublishedTable table : tables) {
            schemas.computeIfAbsent(table.schema(), k -> new HashMap<>()).put(table.name(), new Published(table));
        }
        schemas.forEach((name, tableMap) -> root.add(name, new AbstractSchema() {
            @Override
            protected Map<String, Table> getTableMap() {
                return tableMap;
            }
        }));
        Properties properties = new Properties();
        properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
        return new CalciteCatalogReader(root, List.of(), typeFactory, new CalciteConnectionConfigImpl(properties));
    }

    private static final class Published extends AbstractTable {
        private final PublishedTable table;

        Published(PublishedTable table) {
            this.table = table;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory factory) {
            RelDataTypeFactory.Builder builder = factory.builder();
            for (PublishedColumn column : table.columns()) {
                builder.add(column.name(), factory.createTypeWithNullability(type(factory, column.type()), true));
            }
            return builder.build();
        }
    }

    static RelDataType type(RelDataTypeFactory factory, String duckdbType) {
        String type = duckdbType.toUpperCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return factory.createSqlType(SqlTypeName.DECIMAL, Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
        }
        return switch (type) {
            case "VARCHAR" -> factory.createSqlType(SqlTypeName.VARCHAR);
            case "BOOLEAN" -> factory.createSqlType(SqlTypeName.BOOLEAN);
            case "TINYINT" -> factory.createSqlType(SqlTypeName.TINYINT);
            case "SMALLINT" -> factory.createSqlType(SqlTypeName.SMALLINT);
            case "INTEGER" -> factory.createSqlType(SqlTypeName.INTEGER);
            case "BIGINT" -> factory.createSqlType(SqlTypeName.BIGINT);
            case "HUGEINT" -> factory.createSqlType(SqlTypeName.DECIMAL, 38, 0);
            case "FLOAT" -> factory.createSqlType(SqlTypeName.REAL);
            case "DOUBLE" -> factory.createSqlType(SqlTypeName.DOUBLE);
            case "DATE" -> factory.createSqlType(SqlTypeName.DATE);
            case "TIMESTAMP" -> factory.createSqlType(SqlTypeName.TIMESTAMP);
            default -> factory.createSqlType(SqlTypeName.ANY);
        };
    }
}
