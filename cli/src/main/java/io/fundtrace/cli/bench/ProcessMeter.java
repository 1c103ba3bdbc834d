package io.fundtrace.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every benchmark prints about its own process besides the time: the peak resident set (which
 * counts DuckDB's native memory, not only the Java heap) and the peak heap since the last reset, the
 * CPU time used, and the machine's load average - on a shared machine the wall time alone says little.
 */
final class ProcessMeter {
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final Path PROCESS_STATUS = Path.of("/proc/self/status");

    private ProcessMeter() {
    }

    /**
     * The Java that runs the benchmark and the AOT cache it started from, if any ("Java 25.0.3, AOT cache
     * /path"): a new JVM's Spark figures differ by a fifth between Java 17 and Java 25 with the cache of
     * `fundtrace aot-cache`.
     */
    static String java() {
        String cache = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:AOTCache=")).map(argument -> "AOT cache " + argument.substring("-XX:AOTCache=".length()))
                .findFirst().orElse("no AOT cache");
        return "Java " + Runtime.version() + ", " + cache;
    }

    /**
     * Resets the heap pools' peaks and, on Linux, the process's peak resident set (VmHWM); returns the resident
     * set the new peak starts from (-1 off Linux), which a benchmark prints beside the peak: a heap that earlier
     * work in the process grew stays resident (the parallel collector seldom gives memory back).
     */
    static long resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or not allowed: the peak RSS then counts from the start of the process
        }
        return statusMiB("VmRSS:");
    }

    /** The process's peak resident set since the last reset, which includes DuckDB's native memory; -1 off Linux. */
    static long peakRssMiB() {
        return statusMiB("VmHWM:");
    }

    private static long statusMiB(String field) {
        try {
            for (String line : Files.readAllLines(PROCESS_STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: no figure
        }
        return -1;
    }

    /** The peak resident set since the reset that returned resident, as printed: "1,234 MiB (121 MiB resident when it started)". */
    static String peakRss(long resident) {
        return peakRss(peakRssMiB(), resident);
    }

    /** A peak and the resident set it started from, as printed. */
    static String peakRss(long peakMiB, long resident) {
        return mebibytes(peakMiB) + " (" + mebibytes(resident) + " resident when it started)";
    }

    /** A peak as printed: "1,234 MiB", or "n/a" for the -1 of a system that does not tell. */
    static String mebibytes(long mebibytes) {
        return mebibytes < 0 ? "n/a" : String.format("%,d MiB", mebibytes);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap the run held at once. */
    static long peakHeapMiB() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** CPU time of the whole process (every thread, DuckDB's included) in milliseconds; -1 when the JVM cannot tell. */
    static long cpuMillis() {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        if (system instanceof com.sun.management.OperatingSystemMXBean measured) {
            long nanos = measured.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }

    /** The machine's load average over the last minute, "n/a" when the system does not say. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.1f", load);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
