package io.fundtrace.cli.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.cli.Fundtrace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled run's files under deploy/, checked as far as this machine can (no systemd-analyze here):
 * the unit and timer are well-formed with the keys systemd knows, the timer fires monthly and starts the
 * service, the crontab line has valid fields, both run the wrapper with options `fundtrace cycle` accepts,
 * and the wrapper runs the cycle for the month just ended.
 */
class ScheduleFilesTest {
    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path WRAPPER = DEPLOY.resolve("fundtrace-cycle-last-month");
    private static final String INSTALLED_WRAPPER = "/opt/fundtrace/deploy/fundtrace-cycle-last-month";
    private static final Map<String, Set<String>> KNOWN_KEYS = Map.of(
            "Unit", Set.of("Description", "Documentation", "After", "Wants"),
            "Service", Set.of("Type", "User", "Group", "WorkingDirectory", "Environment", "ExecStart", "Nice", "TimeoutStartSec",
                    "NoNewPrivileges", "PrivateTmp"),
            "Timer", Set.of("OnCalendar", "Persistent", "Unit"),
            "Install", Set.of("WantedBy"));

    @TempDir
    Path temporary;

    @Test
    void theServiceRunsTheWrapperWithOptionsTheCycleAccepts() throws IOException {
        Map<String, Map<String, String>> unit = unitFile(DEPLOY.resolve("systemd").resolve("fundtrace-cycle.service"));
        assertEquals(List.of("Unit", "Service"), List.copyOf(unit.keySet()));
        assertEquals("oneshot", unit.get("Service").get("Type"));
        assertCycleAccepts(unit.get("Service").get("ExecStart"));
        assertTrue(Files.isExecutable(WRAPPER), "the wrapper is executable");
    }

    @Test
    void theTimerFiresOnTheFifthOfEveryMonthAndStartsTheService() throws IOException {
        Map<String, Map<String, String>> timer = unitFile(DEPLOY.resolve("systemd").resolve("fundtrace-cycle.timer"));
        assertEquals(List.of("Unit", "Timer", "Install"), List.copyOf(timer.keySet()));
        assertEquals("*-*-05 02:00:00", timer.get("Timer").get("OnCalendar"));
        assertEquals("fundtrace-cycle.service", timer.get("Timer").get("Unit"));
        assertEquals("timers.target", timer.get("Install").get("WantedBy"));
    }

    @Test
    void theCrontabLineIsMonthlyForTheServiceUser() throws IOException {
        List<String> lines = Files.readAllLines(DEPLOY.resolve("cron").resolve("fundtrace-cycle.crontab"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.matches("[A-Z_]+=.*")).toList();
        assertEquals(1, lines.size(), lines.toString());
        String[] fields = lines.get(0).split("\\s+", 7);
        assertEquals(List.of("0", "2", "5", "*", "*", "fundtrace"), Arrays.asList(fields).subList(0, 6));
        String command = fields[6];
        int wrapper = command.indexOf(INSTALLED_WRAPPER);
        assertTrue(wrapper >= 0, command);
        assertCycleAccepts(command.substring(wrapper, command.indexOf(" >>")));
    }

    /** The wrapper, with a stand-in for bin/fundtrace that prints its arguments: the cycle of last month. */
    @Test
    void theWrapperRunsTheCycleOfTheMonthJustEnded() throws Exception {
        Path root = temporary.resolve("fundtrace");
        Files.createDirectories(root.resolve("deploy"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(WRAPPER, root.resolve("deploy").resolve(WRAPPER.getFileName()));
        Path standIn = root.resolve("bin").resolve("fundtrace");
        Files.writeString(standIn, "#!/usr/bin/env bash\necho \"$@\"\n", StandardCharsets.UTF_8);
        assertTrue(standIn.toFile().setExecutable(true) && root.resolve("deploy").resolve(WRAPPER.getFileName()).toFile().setExecutable(true));
        YearMonth before = YearMonth.now().minusMonths(1);
        Process process = new ProcessBuilder(root.resolve("deploy").resolve(WRAPPER.getFileName()).toString(), "--inbox", "/srv/inbox")
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), printed);
        YearMonth after = YearMonth.now().minusMonths(1);
        assertTrue(printed.equals("cycle --month " + before + " --inbox /srv/inbox") || printed.equals("cycle --month " + after
                + " --inbox /srv/inbox"), printed);
    }

    /** `fundtrace cycle --month M` with the command's arguments after the wrapper parses (and asks only for help). */
    private static void assertCycleAccepts(String commandLine) {
        List<String> words = new ArrayList<>(Arrays.asList(commandLine.strip().split("\\s+")));
        assertEquals(INSTALLED_WRAPPER, words.remove(0));
        List<String> arguments = new ArrayList<>(List.of("cycle", "--month", "2020-10"));
        arguments.addAll(words);
        StringWriter err = new StringWriter();
        var parsed = Fundtrace.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err), arguments.toArray(String[]::new))
                .parseArgs(arguments.toArray(String[]::new));
        assertTrue(parsed.hasSubcommand(), err.toString());
        assertTrue(words.containsAll(List.of("--inbox", "--out", "--warehouse")), words.toString());
    }

    /** A unit file's sections and keys, in order; an unknown section, key or a line that is neither fails. */
    private static Map<String, Map<String, String>> unitFile(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        Pattern header = Pattern.compile("\\[([A-Za-z]+)]");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var matcher = header.matcher(line);
            if (matcher.matches()) {
                assertTrue(KNOWN_KEYS.containsKey(matcher.group(1)), file + ": section " + line);
                section = new LinkedHashMap<>();
                sections.put(matcher.group(1), section);
                continue;
            }
            int equals = line.indexOf('=');
            assertTrue(section != null && equals > 0, file + ": " + line);
            String key = line.substring(0, equals);
            String name = sections.keySet().stream().reduce((a, b) -> b).orElseThrow();
            assertTrue(KNOWN_KEYS.get(name).contains(key), file + ": [" + name + "] " + key);
            section.put(key, line.substring(equals + 1));
        }
        return sections;
    }
}
