package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.EvaluatorMetrics;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace metrics`: evaluator metrics for a year on stdout, CSV (Excel-ready) or JSON. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Print evaluator metrics (分配进度, 支出进度, 短进度, 按时下达率, 平均下达天数, 绩效目标完成率, 结转率, 每亿元预警数, 整改率).")
public final class MetricsCommand implements Callable<Integer> {
    @Option(names = "--year", required = true, description = "The fiscal year.")
    int year;

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
        try (ReportSource source = ReportSource.open(warehouse, EvaluatorMetrics.martsRead(year),
                EvaluatorMetrics.martTablesRead(), null)) {
            String text = new EvaluatorMetrics(source.file()).render(year, grain, output, reader);
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
