package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SELECT MAX(column) of a warehouse table (the next batch's id, the latest build, the latest dispatched
 * month) is answered from the Delta log's statistics without a Spark job, for whole numbers and dates,
 * over several files, one of them without a value of the column; with the same answer as the query,
 * which still runs for any other column type or statement.
 */
class MaximumFromStatisticsTest {
    @TempDir
    Path folder;

    @Test
    void aBareMaximumOfAWholeNumberOrADateComesFromTheStatistics() throws Exception {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        try (JobCounter counter = new JobCounter(engine.session())) {
            engine.execute("CREATE SCHEMA IF NOT EXISTS audit");
            engine.execute("CREATE TABLE IF NOT EXISTS audit.steps (step_id BIGINT NOT NULL, month_end DATE, note VARCHAR)");
            assertEquals(List.of(Collections.singletonList(null)), withoutJob(engine, counter, "SELECT max(step_id) FROM audit.steps"),
                    "no file: no value");

            engine.execute("INSERT INTO audit.steps VALUES (3, DATE '2018-01-31', 'b'), (1, DATE '2018-03-31', 'a')");
            engine.execute("INSERT INTO audit.steps VALUES (7, NULL, 'z'), (2, NULL, NULL)");
            engine.execute("INSERT INTO audit.steps VALUES (5, DATE '2018-02-28', 'c')");

            assertEquals(List.of(List.of(7L)), withoutJob(engine, counter, "SELECT max(step_id) FROM audit.steps"));
            assertEquals(List.of(List.of(LocalDate.of(2018, 3, 31))),
                    withoutJob(engine, counter, "-- the latest month\nSELECT MAX(month_end) FROM audit.steps"), "a file of NULLs has no maximum");
            assertEquals(engine.query("SELECT max(step_id) FROM audit.steps WHERE step_id IS NOT NULL"), engine.query("SELECT max(step_id) FROM audit.steps"));
            assertEquals(engine.query("SELECT max(month_end) FROM audit.steps WHERE true"), engine.query("SELECT max(month_end) FROM audit.steps"));

            int before = counter.jobs();
            assertEquals(List.of(Arrays.asList("z")), engine.query("SELECT max(note) FROM audit.steps"), "text: the query runs");
            assertTrue(counter.jobs() > before, "a text column's statistics are truncated: its maximum is queried");
        } finally {
            engine.close();
        }
    }

    private static List<List<Object>> withoutJob(SparkDeltaEngine engine, JobCounter counter, String query) throws Exception {
        int before = counter.jobs();
        List<List<Object>> rows = engine.query(query);
        assertEquals(before, counter.jobs(), "no Spark job for " + query);
        return rows;
    }
}
