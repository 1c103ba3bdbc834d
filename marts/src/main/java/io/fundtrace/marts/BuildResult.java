package io.fundtrace.marts;

import java.time.LocalDate;
import java.util.List;

/** What one build made: the marts in build order, the data tests run on them, and the build's number. */
public record BuildResult(LocalDate asOf, String schema, List<MartBuild> marts, List<DataTestResult> tests, long buildNumber) {
    public BuildResult {
        marts = List.copyOf(marts);
        tests = List.copyOf(tests);
    }

    public boolean testsPassed() {
        return tests.stream().allMatch(DataTestResult::passed);
    }
}
