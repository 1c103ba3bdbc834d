package io.fundtrace.ingest;

import io.fundtrace.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-written drops for tests: small CSV files whose rows the test states line by line. */
final class TestDrops {
    static final LocalDate TODAY = LocalDate.of(2018, 12, 31);

    private TestDrops() {
    }

    static Path write(Path folder, String name, String... lines) throws IOException {
        return write(folder, name, StandardCharsets.UTF_8, lines);
    }

    static Path write(Path folder, String name, Charset charset, String... lines) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.write(file, String.join("\n", lines).concat("\n").getBytes(charset));
        return file;
    }

    static final String INDICATOR_HEADER =
            "indicator_id,fiscal_year,doc_no,parent_indicator_id,fund_code,issuer_region,recipient_region,amount,poverty_amount,doc_date,received_date,func_class,exempt,attachment,handler_id,reviewer_id";
    static final String PAYMENT_HEADER =
            "payment_id,pay_date,region_code,agency,indicator_id,project_id,fund_code,func_class,econ_class,payee_type,payee_id,payee_name,payee_account,purpose,amount,refund_of,handler_id,reviewer_id";

    static String indicator(String id, String fund, String amount, String docDate) {
        return id + ",2018,新财农〔2018〕1号,," + fund + ",650000,650100," + amount + ",," + docDate + ",,2130501,,,,";
    }

    static IngestReport ingest(Path warehouseFile, Path drop) {
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            return new Ingest().ingest(warehouse, drop, TODAY);
        }
    }

    static List<String> rows(Path warehouseFile, String query) throws SQLException {
        try (Warehouse warehouse = Warehouse.open(warehouseFile);
             Statement statement = warehouse.connection().createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    /** Every user table of the warehouse with its rows in a fixed order, for "nothing changed" checks. */
    static List<String> snapshot(Path warehouseFile, String... schemas) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String> tables = rows(warehouseFile, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_schema IN ('" + String.join("','", schemas) + "') ORDER BY 1");
        for (String table : tables) {
            out.add("== " + table);
            out.addAll(rows(warehouseFile, "SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return out;
    }
}
