package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import java.util.ArrayList;
import java.util.List;

/** Applies a role's payee rules to a table: payee ID columns shown, masked, or left out. */
public final class RoleView {
    /** Columns that hold a payee ID number; their label is the one the SQL files use. */
    public static final String PAYEE_COLUMN = "收款人证件号";

    private RoleView() {
    }

    public static ResultTable apply(Role role, ResultTable table) {
        int payee = table.columns().indexOf(PAYEE_COLUMN);
        if (payee < 0 || role.seesPayeeIdentity()) {
            return table;
        }
        if (!role.seesPaymentDetail()) {
            List<String> columns = new ArrayList<>(table.columns());
            columns.remove(payee);
            List<String> types = new ArrayList<>(table.types());
            types.remove(payee);
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                List<Object> copy = new ArrayList<>(row);
                copy.remove(payee);
                rows.add(java.util.Collections.unmodifiableList(copy));
            }
            return new ResultTable(columns, types, rows, table.truncated());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            Object id = copy.get(payee);
            copy.set(payee, id == null ? null : PayeeMask.mask(id.toString()));
            rows.add(java.util.Collections.unmodifiableList(copy));
        }
        return table.withRows(rows);
    }
}
