package io.fundtrace.cli.query;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import io.fundtrace.warehouse.gate.QueryLog;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `fundtrace sql`: one guarded query, or an interactive console without one. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the published warehouse (schemas model and marts) through the SQL gate.",
                "Without a query: an interactive console (\\d lists tables, \\d NAME their columns, \\q quits).",
                "Every query is logged in " + QueryLog.FILE_NAME + " beside the warehouse (one on hdfs:// or s3a:// in"
                        + " fundtrace-data/query-logs/ on this machine).",
                "Payee pseudonyms use the installation's secret ($" + PayeeKeyring.ENVIRONMENT_VARIABLE
                        + " or ~/.config/fundtrace/payee-key), the one the warehouse is bound to."})
public final class SqlCommand implements Callable<Integer> {
    /**
     * What a Spark snapshot copies for the gate: the published schemas, the clean tables under the model
     * views, the audit's batches and files and the quarantine (leader and pfo read them; without the copy
     * they read empty tables or none), and the payee secret the warehouse is bound to (so the gate checks it
     * there too).
     */
    static final Function<Engine, List<String>> PUBLISHED = engine -> {
        List<String> tables = new ArrayList<>(ReadableWarehouse.schemas("clean", "marts").apply(engine));
        tables.addAll(List.of("audit.batches", "audit.batch_files", "quarantine.rows", "quarantine.rules", "audit.payee_secret"));
        return tables;
    };

    @CommandLine.Mixin
    ReaderRoleOption role;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "" + SqlGate.DEFAULT_LIMIT, paramLabel = "N",
            description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Mixin
    WarehousePathOption warehouse;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "One read-only SQL query.")
    List<String> query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Role parsedRole = role.parse();
        try (ReadableWarehouse readable = ReadableWarehouse.toAttach(warehouse, PUBLISHED);
             SqlGate gate = SqlGate.open(readable.file(), parsedRole, QueryLog.forWarehouse(warehouse.location()))) {
            PrintWriter out = spec.commandLine().getOut();
            if (query == null || query.isEmpty()) {
                new SqlConsole(gate, format, limit, out).run();
                return 0;
            }
            ResultTable result = gate.query(String.join(" ", query), limit);
            format.write(result, out);
            if (result.truncated()) {
                spec.commandLine().getErr().println("fundtrace: showing the first " + limit + " rows; --limit N shows more");
            }
            return 0;
        }
    }
}
