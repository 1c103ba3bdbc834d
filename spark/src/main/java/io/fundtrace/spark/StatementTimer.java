package io.fundtrace.spark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Diagnostic, off unless -Dfundtrace.spark.timing=true: each statement's milliseconds, the Spark jobs it
 * ran and its first line go to stderr, to find where a pipeline's fixed cost goes (the ingest's own
 * -Dfundtrace.ingest.timing times statements without knowing about jobs).
 */
final class StatementTimer {
    static final String PROPERTY = "fundtrace.spark.timing";
    private static final boolean ON = "true".equals(System.getProperty(PROPERTY)) || "jobs".equals(System.getProperty(PROPERTY));
    /** -Dfundtrace.spark.timing=jobs: each job too, with where Spark says it came from. */
    private static final boolean JOB_LINES = "jobs".equals(System.getProperty(PROPERTY));
    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final AtomicLong JOB_MILLIS = new AtomicLong();
    private static boolean listening;

    private StatementTimer() {
    }

    static synchronized void listenTo(SparkSession session) {
        if (ON && !listening) {
            session.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onJobStart(SparkListenerJobStart jobStart) {
                    JOBS.incrementAndGet();
                    JOB_MILLIS.addAndGet(-jobStart.time());
                    if (JOB_LINES) {
                        String site = jobStart.properties() == null ? "" : String.valueOf(jobStart.properties().getProperty("callSite.short"));
                        String description = jobStart.properties() == null ? "" : String.valueOf(jobStart.properties().getProperty("spark.job.description"));
                        System.err.printf("  job %d start at %d, %d stages: %s | %s%n", jobStart.jobId(), jobStart.time(), jobStart.stageInfos().size(), site,
                                description.length() > 80 ? description.substring(0, 80) : description);
                    }
                }

                @Override
                public void onJobEnd(SparkListenerJobEnd jobEnd) {
                    JOB_MILLIS.addAndGet(jobEnd.time());
                    if (JOB_LINES) {
                        System.err.printf("  job %d end at %d%n", jobEnd.jobId(), jobEnd.time());
                    }
                }
            });
            listening = true;
        }
    }

    /** Where a statement started: the clock and the jobs run so far. */
    record Mark(long nanos, int jobs, long jobMillis) {
    }

    static Mark start() {
        return ON ? new Mark(System.nanoTime(), JOBS.get(), JOB_MILLIS.get()) : null;
    }

    static void report(Mark started, String what) {
        if (started == null) {
            return;
        }
        System.err.printf("spark %7d ms %3d jobs %7d ms in jobs  %s%n", (System.nanoTime() - started.nanos()) / 1_000_000,
                JOBS.get() - started.jobs(), JOB_MILLIS.get() - started.jobMillis(),
                what.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("--")).limit(2)
                        .reduce((a, b) -> a + " " + b).orElse(""));
    }
}
