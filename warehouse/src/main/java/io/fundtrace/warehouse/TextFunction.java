package io.fundtrace.warehouse;

import java.io.Serializable;

/**
 * A Java function of one text value that an engine calls from SQL ({@link Engine#registerFunction}).
 * Serializable because Spark ships it to its executors; never called with NULL (the engines give NULL
 * for NULL themselves).
 */
@FunctionalInterface
public interface TextFunction extends Serializable {
    String apply(String text);
}
