package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.InterpretedUnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/**
 * A local session interprets expressions until it sees a large input, then compiles them for good; the
 * results are the same either way. Each test has a session of its own (same SparkContext, own settings).
 */
class ExpressionCompilingTest {
    @Test
    void aLocalSessionInterpretsUntilALargeFileOrTableThenCompiles() {
        assertFalse(ExpressionCompiling.compiling(SharedSpark.session()), "a local session starts interpreting");

        SparkSession session = interpreting();
        ExpressionCompiling.seeFile(session, ExpressionCompiling.LARGE_FILE_BYTES);
        ExpressionCompiling.seeTable(session, ExpressionCompiling.LARGE_TABLE_ROWS);
        assertFalse(ExpressionCompiling.compiling(session), "small inputs");
        ExpressionCompiling.seeFile(session, ExpressionCompiling.LARGE_FILE_BYTES + 1);
        assertTrue(ExpressionCompiling.compiling(session), "a large file");
        ExpressionCompiling.seeFile(session, 1);
        assertTrue(ExpressionCompiling.compiling(session), "for the rest of the session");

        SparkSession other = interpreting();
        ExpressionCompiling.seeTable(other, ExpressionCompiling.LARGE_TABLE_ROWS + 1);
        assertTrue(ExpressionCompiling.compiling(other), "a large table");
    }

    @Test
    void aSettingGivenWithMinusDIsLeftAsGiven() {
        SparkSession session = interpreting();
        System.setProperty(ExpressionCompiling.SETTING, ExpressionCompiling.INTERPRETED);
        try {
            ExpressionCompiling.seeFile(session, Long.MAX_VALUE);
        } finally {
            System.clearProperty(ExpressionCompiling.SETTING);
        }
        assertFalse(ExpressionCompiling.compiling(session));
    }

    /** Spark honours the setting outside its own tests: a projection is interpreted, then generated code. */
    @Test
    void sparkInterpretsOrCompilesAsTheSettingSays() {
        SparkSession session = interpreting();
        try {
            SparkSession.setActiveSession(session);
            assertEquals(InterpretedUnsafeProjection.class, projection().getClass());
            ExpressionCompiling.seeTable(session, Long.MAX_VALUE);
            assertTrue(projection().getClass().getName().contains("GeneratedClass"), projection().getClass().getName());
        } finally {
            SparkSession.setActiveSession(SharedSpark.session());
        }
    }

    @Test
    void bothWaysGiveTheSameRows() {
        String query = "SELECT k, sum(CAST(v AS DECIMAL(18, 2))) AS total, max(concat(k, '-', v)) AS last"
                + " FROM VALUES ('a', '1.10'), ('b', '2.20'), ('a', '3.05'), (NULL, '4.00') AS t(k, v) GROUP BY k ORDER BY k NULLS FIRST";
        SparkSession interpreted = interpreting();
        SparkSession compiled = interpreting();
        ExpressionCompiling.seeTable(compiled, Long.MAX_VALUE);
        List<String> expected = List.of("[null,4.00,null]", "[a,4.15,a-3.05]", "[b,2.20,b-2.20]");
        assertEquals(expected, interpreted.sql(query).collectAsList().stream().map(Object::toString).toList());
        assertEquals(expected, compiled.sql(query).collectAsList().stream().map(Object::toString).toList());
    }

    private static UnsafeProjection projection() {
        return UnsafeProjection.create(new DataType[] {DataTypes.StringType, DataTypes.createDecimalType(18, 2)});
    }

    private static SparkSession interpreting() {
        SparkSession session = SharedSpark.session().newSession();
        session.conf().set(ExpressionCompiling.SETTING, ExpressionCompiling.INTERPRETED);
        return session;
    }
}
