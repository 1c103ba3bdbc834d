package io.fundtrace.cli.cycle;

import io.fundtrace.reports.Notices;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** One notice (通报) per department (处室) or region: its funds' progress and its warnings, HTML and PDF. */
final class NoticesOutput implements MonthlyOutput {
    private final Notices.Addressee to;

    NoticesOutput(Notices.Addressee to) {
        this.to = to;
    }

    @Override
    public Map<String, LocalDate> martsRead(YearMonth month) {
        return Notices.martsRead(month);
    }

    @Override
    public List<String> martTablesRead() {
        return Notices.martTablesRead();
    }

    @Override
    public List<Path> write(Path warehouseFile, YearMonth month, Path folder) {
        return new Notices(warehouseFile).write(month, to, Role.parse("leader"), folder);
    }
}
