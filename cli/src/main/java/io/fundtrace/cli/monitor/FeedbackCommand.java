package io.fundtrace.cli.monitor;

import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.warehouse.OutputFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace feedback`: the feedback log (rectification rows, accepted or rejected) as of a date. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"List the feedback log as of a date: every rectification row dated on or before it, applied per",
                "warning in date order from open, accepted or rejected with the first reason that holds",
                "(unknown_warning, after_closed, bad_transition, no_evidence; rules.md, Warning lifecycle)."})
public final class FeedbackCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "The log as of this date (default: the latest date in the data).")
    LocalDate asOf;

    @Option(names = "--region", paramLabel = "CODE",
            description = "Only feedback on warnings of this region and every region below it.")
    String region;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Only accepted or only rejected rows.")
    String outcome;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Mixin
    ReaderRoleOption role;

    @Mixin
    WarehousePathOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (outcome != null && !List.of("accepted", "rejected").contains(outcome)) {
            throw new IllegalArgumentException("--outcome must be accepted or rejected, not " + outcome);
        }
        MartListing.print(warehouse, role.parse(), asOf, "marts.feedback", "cli/feedback.sql", format, spec.commandLine().getOut(), region, outcome);
        return 0;
    }
}
