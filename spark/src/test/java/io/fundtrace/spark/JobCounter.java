package io.fundtrace.spark;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs a session starts while the counter is open (what a statement runs beyond its
 * planning), or only those whose description starts with a given text ("Delta: Compute snapshot").
 */
final class JobCounter implements AutoCloseable {
    private final SparkSession session;
    private final AtomicInteger started = new AtomicInteger();
    private final SparkListener listener;

    JobCounter(SparkSession session) {
        this(session, "");
    }

    JobCounter(SparkSession session, String descriptionStart) {
        this.session = session;
        this.listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                String description = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.job.description");
                if (descriptionStart.isEmpty() || description != null && description.startsWith(descriptionStart)) {
                    started.incrementAndGet();
                }
            }
        };
        session.sparkContext().addSparkListener(listener);
    }

    /** The jobs started so far, once the listener bus has delivered every event posted before the call. */
    int jobs() throws TimeoutException {
        session.sparkContext().listenerBus().waitUntilEmpty();
        return started.get();
    }

    @Override
    public void close() {
        session.sparkContext().removeSparkListener(listener);
    }
}
