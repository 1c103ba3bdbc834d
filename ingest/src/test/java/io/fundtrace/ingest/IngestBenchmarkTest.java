package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated payments are valid: every row loads, none is quarantined. */
class IngestBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void smallRunLoadsEveryRow() throws Exception {
        IngestBenchmark.Result result = IngestBenchmark.run(3000, temp);
        assertEquals(0, result.report().rowsQuarantined());
        assertEquals(3000 + 1000, result.report().rowsLoaded());
    }

    @Test
    void personIdCheckCharacterFollowsGb11643() {
        // the example of the standard: 11010519491231002X
        assertEquals("11010519491231002X", IngestBenchmark.personId("11010519491231002"));
    }
}
