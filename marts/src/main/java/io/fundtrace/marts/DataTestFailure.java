package io.fundtrace.marts;

import io.fundtrace.warehouse.WarehouseException;
import java.util.List;

/**
 * A build whose data tests found failing rows: the build was undone (its unit of work failed), so the
 * previous build's marts stay. The message names the first failing test and its first failing rows.
 */
public final class DataTestFailure extends WarehouseException {
    private static final long serialVersionUID = 1L;
    private final transient List<DataTestResult> failed;

    DataTestFailure(List<DataTestResult> failed) {
        super(message(failed));
        this.failed = List.copyOf(failed);
    }

    /** The tests that failed, in the order they ran. */
    public List<DataTestResult> failed() {
        return failed;
    }

    private static String message(List<DataTestResult> failed) {
        DataTestResult first = failed.get(0);
        StringBuilder message = new StringBuilder("data test " + first.test() + " failed (" + first.failingRows()
                + (first.failingRows() == 1 ? " row" : " rows") + "): " + String.join("; ", first.sample()));
        if (failed.size() > 1) {
            message.append("; also failed: ").append(String.join(", ", failed.subList(1, failed.size()).stream()
                    .map(test -> test.test() + " (" + test.failingRows() + ")").toList()));
        }
        return message.append("; the build was undone and the previous marts stay").toString();
    }
}
