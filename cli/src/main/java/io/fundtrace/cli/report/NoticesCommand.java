package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.Notices;
import io.fundtrace.warehouse.gate.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace notices`: one notice (通报) per department, prefecture or county for a month. */
@Command(name = "notices", mixinStandardHelpOptions = true,
        description = "Write one notice (通报) per department (处室), prefecture or county, as HTML and A4 PDF: its funds'"
                + " progress, its warnings with handler, reviewer and due date (overdue first), a prefecture's counties'"
                + " overdue warnings, and the feedback rejected since the previous month's end.")
public final class NoticesCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, description = "The month, YYYY-MM.")
    YearMonth month;

    @Option(names = "--to", defaultValue = "departments", converter = AddresseeConverter.class,
            description = "departments (default), prefectures or counties.")
    Notices.Addressee to;

    @Option(names = "--out", defaultValue = "fundtrace-data/notices", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MonthEnded.require("notices " + month, month, LocalDate.now());
        Role reader = role.parse();
        try (ReportSource source = ReportSource.open(warehouse, Notices.martsRead(month),
                Notices.martTablesRead(), null)) {
            new Notices(source.file()).write(month, to, reader, out)
                    .forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }

    /** --to in lower case, as the other options' values are written. */
    static final class AddresseeConverter implements picocli.CommandLine.ITypeConverter<Notices.Addressee> {
        @Override
        public Notices.Addressee convert(String value) {
            for (Notices.Addressee addressee : Notices.Addressee.values()) {
                if (addressee.name().equalsIgnoreCase(value)) {
                    return addressee;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected departments, prefectures or counties, got " + value);
        }
    }
}
