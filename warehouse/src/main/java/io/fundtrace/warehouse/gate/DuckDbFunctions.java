package io.fundtrace.warehouse.gate;

import java.util.List;
import org.apache.calcite.sql.SqlBasicFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * DuckDB functions analysts reach for first, declared so Calcite can check them (today strftime, for
 * monthly grouping; Babel parses date_diff with BigQuery's argument order, so it is not offered);
 * every other DuckDB-only function stays unknown to the gate. None of them touches a file or a setting.
 */
final class DuckDbFunctions {
    private DuckDbFunctions() {
    }

    static SqlOperatorTable table() {
        return SqlOperatorTables.of(List.of(
                // strftime(date, '%Y-%m') -> '2018-04'
                SqlBasicFunction.create("STRFTIME", ReturnTypes.VARCHAR_NULLABLE,
                        OperandTypes.family(SqlTypeFamily.DATETIME, SqlTypeFamily.CHARACTER), SqlFunctionCategory.TIMEDATE)));
    }
}
