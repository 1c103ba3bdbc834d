package io.fundtrace.cli.cycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One kind of file a month's cycle writes into the month's archive folder (the monthly report, the
 * department notices, ...): the marts it reads, so that a Spark warehouse can be snapshot for it, and how
 * it writes. MonthArchive.OUTPUTS lists them; adding an output is adding it there.
 */
interface MonthlyOutput {
    /** The mart schemas it reads and the as-of date each must be built for. */
    Map<String, LocalDate> martsRead(YearMonth month);

    /** The tables its queries read besides the clean and audit layers (the marts; the quarantine for receipts). */
    List<String> martTablesRead();

    /** Writes the month's files into the folder from the warehouse file (its marts built) and returns them. */
    List<Path> write(Path warehouseFile, YearMonth month, Path folder);
}
