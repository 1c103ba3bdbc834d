package io.fundtrace.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Whether a session compiles the expressions outside whole-stage code (Spark's default) or interprets
 * them. Compiling them (Janino, then the JIT, for every new statement's projections, sort keys and
 * Delta's statistics) is a large part of a small pipeline's fixed cost on one machine and pays only over
 * many rows: `bench engines` on 2 cores, scale 0.02 (20 k payments) 18% faster interpreted in a new JVM
 * and 35% in a running one, scale 1 (1 M) 40% slower when interpreted throughout (spark/README.md,
 * "bench engines"). So SparkSessions starts a session on this machine (a local or loopback master)
 * interpreting, and the first large input - a CSV file or a warehouse's payments - turns compiling on for
 * the rest of the session. A spark.sql.codegen.factoryMode given with -D is left as given.
 */
final class ExpressionCompiling {
    static final String SETTING = "spark.sql.codegen.factoryMode";
    static final String INTERPRETED = "NO_CODEGEN";
    /** Spark's default: generated code, interpreted only where generating fails. */
    static final String COMPILED = "FALLBACK";
    /** About 70 k payment rows of a drop (230 bytes a row). */
    static final long LARGE_FILE_BYTES = 16L << 20;
    static final long LARGE_TABLE_ROWS = 70_000;

    private ExpressionCompiling() {
    }

    static void seeFile(SparkSession session, long bytes) {
        if (bytes > LARGE_FILE_BYTES) {
            compile(session);
        }
    }

    static void seeTable(SparkSession session, long rows) {
        if (rows > LARGE_TABLE_ROWS) {
            compile(session);
        }
    }

    static boolean compiling(SparkSession session) {
        return !INTERPRETED.equals(session.conf().get(SETTING, COMPILED));
    }

    private static void compile(SparkSession session) {
        if (System.getProperty(SETTING) == null && !compiling(session)) {
            session.conf().set(SETTING, COMPILED);
        }
    }
}
