package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.EvaluatorMetrics;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace metrics`: evaluator metrics for a year, or the year so far, on stdout, CSV (Excel-ready) or JSON. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Print evaluator metrics (分配进度, 支出进度, 短进度, 按时下达率, 平均下达天数, 绩效目标完成率, 绩效目标达标率, 结转率, 每亿元预警数, 整改率).")
public final class MetricsCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    /** A whole fiscal year (as of 31 December) or the year so far (as of a month's end). */
    static final class Period {
        @Option(names = "--year", description = "The fiscal year, as of its 31 December.")
        Integer year;

        @Option(names = "--month", description = "The month, YYYY-MM: its year so far, as of the month's last day.")
        YearMonth month;

        YearMonth asOfMonth() {
            return month != null ? month : YearMonth.of(year, 12);
        }
    }

    @Option(names = "--by", defaultValue = "fund", description = "fund, county or project (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluatorMetrics.Grain grain = choice(EvaluatorMetrics.Grain.class, by, "--by");
        EvaluatorMetrics.Format output = choice(EvaluatorMetrics.Format.class, format, "--format");
        Role reader = role.parse();
        YearMonth month = period.asOfMonth();
        if (period.month != null) {
            // --year during its year stays a judgement of the year as of 31 December, as documented
            MonthEnded.require("metrics --month " + month, month, LocalDate.now());
        }
        try (ReportSource source = ReportSource.open(warehouse, EvaluatorMetrics.martsRead(month),
                EvaluatorMetrics.martTablesRead(), null)) {
            String text = new EvaluatorMetrics(source.file()).render(month, grain, output, reader);
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        return 0;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " " + value + " is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
