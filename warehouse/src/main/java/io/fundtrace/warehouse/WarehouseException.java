package io.fundtrace.warehouse;

/** A failure a user can act on; its message is one line meant for stderr, never a stack trace (subclasses carry detail for callers). */
public class WarehouseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WarehouseException(String message) {
        super(message);
    }

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
