package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.ResultTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;

/** A gate's result as Avatica sends it: the signature (its columns) and frames of rows, in JDBC's types (ColumnType). */
final class ResultFrames {
    /** Avatica's frame size when a client names none. */
    static final int DEFAULT_FRAME = 100;

    private ResultFrames() {
    }

    static Meta.Signature signature(ResultTable result, String sql) {
        List<ColumnMetaData> columns = new ArrayList<>();
        for (int column = 0; column < result.columns().size(); column++) {
            columns.add(ColumnType.of(result.types().get(column)).metaData(column, result.columns().get(column)));
        }
        return new Meta.Signature(columns, sql, List.of(), null, Meta.CursorFactory.LIST, Meta.StatementType.SELECT);
    }

    /** At most maxRows rows from offset (a client's fetch size; 0 or less: the default frame). */
    static Meta.Frame frame(ResultTable result, long offset, int maxRows) {
        int size = maxRows > 0 ? maxRows : DEFAULT_FRAME;
        List<ColumnType> types = result.types().stream().map(ColumnType::of).toList();
        List<Object> rows = new ArrayList<>();
        int from = (int) Math.min(offset, result.rows().size());
        int to = (int) Math.min((long) from + size, result.rows().size());
        for (List<Object> row : result.rows().subList(from, to)) {
            List<Object> wire = new ArrayList<>(row.size());
            for (int column = 0; column < row.size(); column++) {
                wire.add(types.get(column).wire(row.get(column)));
            }
            rows.add(wire);
        }
        return Meta.Frame.create(offset, to >= result.rows().size(), rows);
    }
}
