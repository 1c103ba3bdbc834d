package io.fundtrace.warehouse;

/**
 * Work that {@link Engine#atomically} runs as one unit: it may return a value and throw a checked
 * exception, which reaches the caller unchanged after the engine has undone the work (Jdbi's
 * {@code TransactionCallback} is the model).
 *
 * @param <R> what the work returns ({@code Void} and {@code null} for nothing)
 * @param <X> the checked exception it may throw
 */
@FunctionalInterface
public interface UnitOfWork<R, X extends Exception> {
    R run() throws X;
}
