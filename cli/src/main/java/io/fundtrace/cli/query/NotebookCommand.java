package io.fundtrace.cli.query;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.notebook.NotebookOutput;
import io.fundtrace.reports.notebook.NotebookRunner;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `fundtrace notebook run NAME.md`: an analyst's notebook rendered to HTML through the SQL gate. */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = "Analysts' notebooks: Markdown with ```sql cells and ```chart directives (see notebooks/README.md).")
public final class NotebookCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run every SQL cell of a notebook through the SQL gate for a role and write one HTML page",
                    "with its text, result tables and PNG charts (needs built marts: `fundtrace build`)."})
    int runNotebook(
            @Parameters(paramLabel = "NOTEBOOK", description = "The notebook, e.g. notebooks/carryover-aging.md.") Path notebook,
            @Mixin ReaderRoleOption role,
            @Option(names = "--out", defaultValue = "fundtrace-data/notebooks", paramLabel = "DIR",
                    description = "Output folder (default: ${DEFAULT-VALUE}).") Path out,
            @Mixin WarehousePathOption warehouse) throws IOException {
        NotebookOutput output;
        try (ReadableWarehouse readable = ReadableWarehouse.toAttach(warehouse, SqlCommand.PUBLISHED)) {
            // the installation's payee secret, the one the warehouse is bound to
            output = new NotebookRunner(readable.file(), role.parse(), PayeeKeyring.defaultPath()).run(notebook, out);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(output.html());
        output.charts().forEach(writer::println);
        if (output.refusedCells() > 0) {
            spec.commandLine().getErr().println("fundtrace: " + output.refusedCells() + " of " + output.sqlCells()
                    + " SQL cells were refused or failed; their messages stand in the page");
        }
        return 0;
    }
}
