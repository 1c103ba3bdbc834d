package io.fundtrace.ingest;

/**
 * Told where a running ingest is. The product needs no listener; a test passes one to stop a load at a
 * known point inside its transaction (and kill the process there) without production code reading a
 * test switch.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** Every file of the batch is in the raw layer and the transaction is still open. */
    default void filesReadInsideTransaction() {
    }
}
