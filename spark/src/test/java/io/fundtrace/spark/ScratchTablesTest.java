package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scratch table counts its rows with the job that keeps them: a COUNT(*) of it runs no job, and one
 * that came out empty (a validation that found nothing) is an empty local relation, which Spark folds
 * out of a LEFT JOIN instead of joining with it - but not out of a NOT EXISTS, which the clean inserts
 * therefore drop when the counts found no row held.
 */
class ScratchTablesTest {
    @TempDir
    Path folder;

    @Test
    void aScratchTableIsCountedWhenKeptAndAnEmptyOneIsFoldedAway() throws Exception {
        SparkDeltaEngine engine = SharedSpark.engine(folder.resolve("warehouse"));
        SparkSession session = engine.session();
        try (JobCounter counter = new JobCounter(session)) {
            engine.execute("CREATE OR REPLACE TEMP TABLE work_rows AS SELECT id, CAST(id AS STRING) AS code FROM range(7)");
            engine.execute("CREATE OR REPLACE TEMP TABLE work_violations (id BIGINT, rule VARCHAR)");
            engine.execute("INSERT INTO work_violations SELECT id, 'negative' FROM work_rows WHERE id < 0");
            engine.execute("INSERT INTO work_violations SELECT id, 'too_large' FROM work_rows WHERE id > 100");

            int before = counter.jobs();
            assertEquals(List.of(List.of(7L)), engine.query("SELECT count(*) FROM work_rows"));
            assertEquals(before, counter.jobs(), "counted when its rows were kept: no job");

            assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM work_violations"), "the kept inserts ran and found nothing");
            assertTrue(session.table("work_violations").queryExecution().optimizedPlan() instanceof LocalRelation, "an empty local relation");
            // the shape of the ingest's load/work_counts.sql
            String counts = "SELECT count(*) AS rows_read, count(v.id) AS rows_held FROM work_rows w"
                    + " LEFT JOIN (SELECT DISTINCT id FROM work_violations) v ON v.id = w.id";
            assertFalse(session.sql(counts).queryExecution().optimizedPlan().exists(node -> node instanceof Join), "no join with nothing");
            assertEquals(List.of(List.of(7L, 0L)), engine.query(counts));
            // the shape of the clean inserts (clean/insert_direct.sql, incoming.sql): a NOT EXISTS is rewritten
            // into an anti join after the empty relation is folded, so it is planned unless no_row_held drops it
            String valid = "SELECT count(*) FROM work_rows w WHERE (%s OR NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.id = w.id))";
            assertTrue(session.sql(valid.formatted("false")).queryExecution().optimizedPlan().exists(node -> node instanceof Join),
                    "NOT EXISTS over nothing: still an anti join");
            assertFalse(session.sql(valid.formatted("true")).queryExecution().optimizedPlan().exists(node -> node instanceof Join),
                    "no_row_held: no join");
            assertEquals(engine.query(valid.formatted("false")), engine.query(valid.formatted("true")));

            engine.execute("INSERT INTO work_violations SELECT id, 'odd' FROM work_rows WHERE id % 2 = 1");
            assertEquals(List.of(List.of(3L)), engine.query("SELECT count(*) FROM work_violations"));
            assertEquals(List.of(List.of(7L, 3L)), engine.query(counts));
        } finally {
            engine.close();
        }
    }
}
