package io.fundtrace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.ingest.Contract;
import io.fundtrace.ingest.ContractEntity;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.warehouse.DuckDbEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly drop: the same bytes for the same options, the same world as the single drop (every clean
 * table but the feedback, loaded folder by folder, equals the single drop's), each dated row in the folder
 * of its month, and its keys.
 */
class MonthlyDropTest {
    private static final GeneratorOptions OPTIONS = new GeneratorOptions(11, 0.005, 2018, 2018, "utf-8", "en", 0);
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 5);

    @TempDir
    Path temporary;

    @Test
    void sameBytesTwiceAndTheSameWorldAsTheSingleDropFolderByFolder() throws Exception {
        Path monthly = temporary.resolve("monthly");
        SyntheticDrop.MonthlySummary summary = new SyntheticDrop(OPTIONS).writeMonthlyTo(monthly);
        Map<String, String> first = checksums(monthly);
        new SyntheticDrop(OPTIONS).writeMonthlyTo(monthly);
        assertEquals(first, checksums(monthly), "generated again over itself: the same files and bytes");
        assertEquals(15, summary.months().size(), "2018-01 to 2019-03");
        assertTrue(first.keySet().containsAll(List.of("_keys/lifecycle_key.csv", "_keys/feedback_key.csv", "_keys/answer_key.csv",
                "2018-01/indicators_2018-01.csv")), first.keySet().toString());

        Path single = temporary.resolve("single");
        new SyntheticDrop(OPTIONS).writeTo(single);
        assertEquals(Files.readString(SyntheticDrop.keyFile(single, "answer_key.csv")),
                Files.readString(SyntheticDrop.keyFile(monthly, "answer_key.csv")));
        Path singleWarehouse = temporary.resolve("single.duckdb");
        Path monthlyWarehouse = temporary.resolve("monthly.duckdb");
        try (DuckDbEngine engine = DuckDbEngine.open(singleWarehouse)) {
            new Ingest().ingest(engine, single, TODAY);
        }
        try (DuckDbEngine engine = DuckDbEngine.open(monthlyWarehouse)) {
            for (SyntheticDrop.MonthFolder month : summary.months()) {
                new Ingest().ingest(engine, monthly.resolve(month.month().toString()), TODAY);
            }
            assertEquals(List.of(List.of(0L)), engine.query("SELECT COUNT(*) FROM quarantine.rows WHERE released_batch_id IS NULL"),
                    "nothing left in the quarantine");
            assertEquals(List.of(List.of(0L)), engine.query("SELECT COUNT(*) FROM clean.payments p JOIN audit.batches b"
                    + " ON b.batch_id = p.batch_id WHERE strftime(p.pay_date, '%Y-%m') > right(b.drop_folder, 7)"),
                    "no payment arrives before its month");
        }
        for (ContractEntity entity : Contract.load().entities()) {
            if (entity.name().equals("rectifications")) {
                continue;
            }
            String query = "SELECT * EXCLUDE (batch_id, source_file, source_line) FROM clean." + entity.name() + " ORDER BY ALL";
            List<String> expected = rows(singleWarehouse, query);
            List<String> actual = rows(monthlyWarehouse, query);
            assertEquals(expected.size(), actual.size(), entity.name());
            for (int row = 0; row < expected.size(); row++) {
                assertEquals(expected.get(row), actual.get(row), entity.name());
            }
        }
    }

    @Test
    void theNationalProfileAndDirtyRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticDrop(new GeneratorOptions(7, 0.001, 2019, 2020, "utf-8", "en",
                0, GeneratorOptions.NATIONAL)).writeMonthlyTo(temporary.resolve("national")));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticDrop(new GeneratorOptions(7, 0.005, 2018, 2018, "utf-8", "en",
                0.01)).writeMonthlyTo(temporary.resolve("dirty")));
    }

    private static List<String> rows(Path warehouse, String query) {
        try (DuckDbEngine engine = DuckDbEngine.open(warehouse)) {
            return engine.query(query).stream().map(row -> String.join("|", row.stream().map(String::valueOf).toList())).toList();
        }
    }

    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = sha256();
                sums.put(folder.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file))));
            }
        }
        return sums;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
