package io.fundtrace.marts;

import java.util.List;

/** One data test run: the failing rows it found (none = passed), a few of them shown as text. */
public record DataTestResult(String test, long failingRows, List<String> sample) {
    public DataTestResult {
        sample = List.copyOf(sample);
    }

    public boolean passed() {
        return failingRows == 0;
    }
}
