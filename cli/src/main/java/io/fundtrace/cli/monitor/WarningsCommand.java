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

/**
 * `fundtrace warnings`: the warnings as of a date with their lifecycle, building the marts first when they
 * are for another date.
 */
@Command(name = "warnings", mixinStandardHelpOptions = true,
        description = {"List the warnings as of a date: every rule hit, and every warning dispatched by then that no",
                "longer hits (hit false), with its lifecycle: dispatched_on, due_on, status, status_on, overdue_days."})
public final class WarningsCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Warnings as of this date (default: the latest date in the data).")
    LocalDate asOf;

    @Option(names = "--rule", paramLabel = "CODE", description = "Only this rule code, e.g. ISSUE_OVERDUE.")
    String rule;

    @Option(names = "--region", paramLabel = "CODE", description = "Only this region and every region below it.")
    String region;

    @Option(names = "--status", paramLabel = "GROUP",
            description = {"Only warnings whose status is in the group: open (open, confirmed_violation, rectifying),",
                    "overdue (overdue_days set: open, confirmed_violation or rectifying past the due date),",
                    "closed (rectified, confirmed_normal, resolved_by_data) or new (not dispatched)."})
    String status;

    @Option(names = "--overdue", description = "The same as --status overdue; with --region PARENT also the overdue warnings of"
            + " every region below it (escalation to the parent region).")
    boolean overdue;

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
        MartListing.print(warehouse, role.parse(), asOf, "marts.warnings", "cli/warnings.sql", format, spec.commandLine().getOut(), rule,
                region, statusGroup());
        return 0;
    }

    private String statusGroup() {
        if (overdue && status != null && !status.equals("overdue")) {
            throw new IllegalArgumentException("--overdue is --status overdue; it cannot go with --status " + status);
        }
        String group = overdue ? "overdue" : status;
        if (group != null && !List.of("open", "overdue", "closed", "new").contains(group)) {
            throw new IllegalArgumentException("--status must be open, overdue, closed or new, not " + group);
        }
        return group;
    }
}
