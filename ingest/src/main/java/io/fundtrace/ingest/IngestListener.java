package io.fundtrace.ingest;

import io.fundtrace.warehouse.Engine;

/**
 * Told where a running ingest is. A test passes one to stop a load at a known point inside its
 * transaction (and kill the process there) without production code reading a test switch; the monthly
 * cycle passes one to record, in the same transaction, which inbox folder became the batch.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** Every file of the batch is in the raw layer and the transaction is still open. */
    default void filesReadInsideTransaction() {
    }

    /**
     * The drop's batch is loaded and in the audit, its unit of work not yet committed: what the listener
     * writes through the engine lands with the batch or not at all.
     */
    default void batchLoaded(Engine engine, IngestReport report) {
    }
}
