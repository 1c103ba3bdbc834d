package io.fundtrace.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import io.fundtrace.synthetic.SyntheticDrop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path temporary;

    @Test
    void generatingTwiceWithSeedSevenGivesIdenticalChecksums() throws Exception {
        Path first = temporary.resolve("one");
        Path second = temporary.resolve("two");
        assertEquals(0, Fundtrace.execute("generate", "--out", first.toString(), "--seed", "7", "--scale", "0.05"));
        assertEquals(0, Fundtrace.execute("generate", "--out", second.toString(), "--seed", "7", "--scale", "0.05"));
        Map<String, String> sums = checksums(first);
        assertTrue(sums.containsKey("_keys/answer_key.csv") && sums.containsKey("payments_2020.csv"), sums.keySet().toString());
        assertEquals(sums, checksums(second));
        Map<String, Long> perRule = Files.readAllLines(SyntheticDrop.keyFile(first, "answer_key.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(',')), Collectors.counting()));
        assertEquals(13, perRule.size(), perRule.toString());
        assertTrue(perRule.values().stream().allMatch(count -> count >= 3), perRule.toString());
    }

    @Test
    void aBadOptionIsOneLineOnStandardError() {
        String[] arguments = {"generate", "--out", temporary.toString(), "--encoding", "latin1"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Fundtrace.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), arguments).execute(arguments);
        assertEquals(1, exit);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("fundtrace: ") && err.toString().contains("latin1"), err.toString());
        assertEquals("", out.toString());
    }

    private static Map<String, String> checksums(Path folder) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return sums;
    }
}
