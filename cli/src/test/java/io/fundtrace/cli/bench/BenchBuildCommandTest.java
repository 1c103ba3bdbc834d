package io.fundtrace.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench build`: both scales in one run with the ratio and peak RSS, and a kept warehouse reused only for its own drop. */
class BenchBuildCommandTest {
    @TempDir
    Path temporary;

    @Test
    void printsBothScalesTheRatioAndThePeakAndReusesWhatItKept() {
        String keep = temporary.resolve("keep").toString();
        StringWriter first = new StringWriter();
        assertEquals(0, run(first, new StringWriter(), "--scale", "0.02", "--baseline-scale", "0.01", "--keep", keep));
        String printed = first.toString();
        assertTrue(printed.contains("scale 0.01, seed 7: generated") && printed.contains("scale 0.02, seed 7: generated"), printed);
        assertTrue(printed.matches("(?s).*scale 0\\.02: build 1 of 1 as of 2021-03-31: .* CPU [0-9.]+ s, peak RSS [0-9,]+ MiB \\([0-9,]+ MiB resident when it started\\), load .*"), printed);
        assertTrue(printed.contains("  rule_duplicate_payee ") && printed.contains("  test ledger_ties_out"), printed);
        assertTrue(printed.matches("(?s).*build with data tests: scale 0\\.01 .*; scale 0\\.02 .*; scale 0\\.02 / scale 0\\.01: [0-9.]+x.*"), printed);

        StringWriter second = new StringWriter();
        assertEquals(0, run(second, new StringWriter(), "--scale", "0.02", "--baseline-scale", "0.01", "--keep", keep));
        assertTrue(second.toString().contains("scale 0.01: reusing the warehouse") && !second.toString().contains("generated"),
                second.toString());

        StringWriter error = new StringWriter();
        assertEquals(1, run(new StringWriter(), error, "--scale", "0.01", "--baseline-scale", "0", "--seed", "8", "--keep", keep));
        assertTrue(error.toString().contains("was made with seed 7 and scale 0.01"), error.toString());
    }

    private static int run(StringWriter out, StringWriter err, String... options) {
        String[] arguments = new String[options.length + 2];
        arguments[0] = "bench";
        arguments[1] = "build";
        System.arraycopy(options, 0, arguments, 2, options.length);
        return Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
    }
}
