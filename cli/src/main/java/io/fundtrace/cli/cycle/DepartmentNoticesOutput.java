package io.fundtrace.cli.cycle;

import io.fundtrace.reports.DepartmentNotices;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** One notice (通报) per department (处室): its funds' progress and its open warnings. */
final class DepartmentNoticesOutput implements MonthlyOutput {
    @Override
    public Map<String, LocalDate> martsRead(YearMonth month) {
        return DepartmentNotices.martsRead(month);
    }

    @Override
    public List<String> martTablesRead() {
        return DepartmentNotices.martTablesRead();
    }

    @Override
    public List<Path> write(Path warehouseFile, YearMonth month, Path folder) {
        return new DepartmentNotices(warehouseFile).write(month, Role.parse("leader"), folder);
    }
}
