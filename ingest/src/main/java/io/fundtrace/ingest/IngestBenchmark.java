package io.fundtrace.ingest;

import io.fundtrace.warehouse.Warehouse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Times the full ingest of a valid payments file against DuckDB's bare read of the same file
 * (CREATE TABLE AS SELECT * FROM read_csv) into a separate database file, in one run.
 */
public final class IngestBenchmark {
    public record Result(long rows, long fileBytes, long ingestMillis, long bareReadMillis, IngestReport report) {
        public double ratio() {
            return (double) ingestMillis / Math.max(bareReadMillis, 1);
        }

        public long rowsPerSecond() {
            return rows * 1000 / Math.max(ingestMillis, 1);
        }
    }

    private static final int INDICATORS = 1000;
    private static final LocalDate TODAY = LocalDate.of(2018, 12, 31);

    private IngestBenchmark() {
    }

    public static Result run(long rows, Path folder) throws IOException, SQLException {
        Path drop = Files.createDirectories(folder.resolve("drop"));
        writeIndicators(drop.resolve("indicators.csv"));
        Path payments = drop.resolve("payments.csv");
        writePayments(payments, rows);
        long start = System.nanoTime();
        IngestReport report;
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            report = new Ingest().ingest(warehouse, drop, TODAY);
        }
        long ingestMillis = (System.nanoTime() - start) / 1_000_000;
        long bareMillis = bareReadMillis(List.of(payments), folder.resolve("bare.duckdb"));
        return new Result(rows, Files.size(payments), ingestMillis, bareMillis, report);
    }

    /**
     * The floor an ingest is measured against: DuckDB's bare CREATE TABLE AS SELECT * FROM read_csv of
     * each file (types sniffed, nothing checked) into a new database file; the milliseconds of all.
     */
    public static long bareReadMillis(List<Path> files, Path database) throws SQLException {
        long start = System.nanoTime();
        try (Connection bare = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
             Statement statement = bare.createStatement()) {
            for (int i = 0; i < files.size(); i++) {
                statement.execute("CREATE TABLE bare_" + i + " AS SELECT * FROM read_csv("
                        + IngestDialect.DUCKDB.literal(files.get(i).toAbsolutePath().toString()) + ")");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void writeIndicators(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date\n");
            for (int i = 0; i < INDICATORS; i++) {
                out.write(String.format("B%05d,2018,新财农〔2018〕%d号,%s,650000,650102,100000000.00,2018-03-01%n", i, i, fund(i)));
            }
        }
    }

    static void writePayments(Path file, long rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write("payment_id,pay_date,region_code,indicator_id,fund_code,func_class,econ_class,payee_type,payee_id,payee_name,amount\n");
            String[] ids = new String[997];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = personId("65010219800101" + String.format("%03d", i));
            }
            StringBuilder line = new StringBuilder(160);
            for (long i = 0; i < rows; i++) {
                int indicator = (int) (i % INDICATORS);
                line.setLength(0);
                line.append('Q').append(i).append(",2018-").append(String.format("%02d", 4 + i % 8)).append('-')
                        .append(String.format("%02d", 1 + i % 28)).append(",650102,B").append(String.format("%05d", indicator))
                        .append(',').append(fund(indicator)).append(",2130501,30299,person,").append(ids[(int) (i % ids.length)])
                        .append(",收款人,").append(100 + i % 9000).append('.').append(String.format("%02d", i % 100)).append('\n');
                out.append(line);
            }
        }
    }

    private static String fund(int indicator) {
        return String.format("C%02d", 1 + indicator % 41);
    }

    /** GB 11643 check character for 17 digits. */
    static String personId(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }
}
