package io.fundtrace.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fundtrace.cli.Fundtrace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time travel needs table versions, which a DuckDB warehouse does not keep: one clear line, nothing written. */
class ReportAtVersionTest {
    @TempDir
    Path folder;

    @Test
    void atVersionOnDuckDbIsAOneLineError() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Fundtrace.execute("report", "--month", "2018-10", "--at-version", "1",
                    "--warehouse", folder.resolve("w.duckdb").toString(), "--out", folder.resolve("reports").toString());
        } finally {
            System.setErr(original);
        }
        assertNotEquals(0, exit);
        assertEquals("--at-version needs --engine spark: a DuckDB warehouse keeps no table versions",
                captured.toString(StandardCharsets.UTF_8).strip().replaceFirst("^[a-z]+: ", ""));
        assertEquals(false, Files.exists(folder.resolve("w.duckdb")), "the warehouse is not even opened");
    }
}
