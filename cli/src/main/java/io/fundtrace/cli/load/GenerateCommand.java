package io.fundtrace.cli.load;

import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace generate`: writes a synthetic drop with its answer key. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a synthetic drop with its answer key.",
        description = {"Write a synthetic drop: CSV files in the shape of the source extract contract,",
                "with planted anomalies, and in its _keys/ subfolder answer_key.csv (the warnings the rules",
                "must produce as of the drop's last date), dirty_key.csv (rows to quarantine,",
                "with --dirty), drop_manifest.csv and drop_info.csv. Same options, same bytes.",
                "With --monthly the same world as one folder per month (OUT/2018-01/, ...), the way counties",
                "submit, for `fundtrace cycle`; its _keys/ add lifecycle_key.csv (status, dispatch, due date and",
                "overdue days of every warning after each month's cycle of a run from the first month) and",
                "feedback_key.csv (the feedback log at the last month end); DUPLICATE_PAYEE ids in them are made",
                "under the installation's payee secret."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Folder to write the drop into (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "0.05",
            description = "1.0 = about a million payments over three fiscal years (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--from", defaultValue = "2018", description = "First fiscal year (default ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--to", defaultValue = "2020", description = "Last fiscal year (default ${DEFAULT-VALUE}).")
    int to;

    @Option(names = "--encoding", defaultValue = "utf-8", description = "utf-8 or gbk (default ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--headers", defaultValue = "en", description = "en or zh column headers (default ${DEFAULT-VALUE}).")
    String headers;

    @Option(names = "--dirty", defaultValue = "0",
            description = "Share of extra malformed rows, e.g. 0.01 (default ${DEFAULT-VALUE}).")
    double dirty;

    @Option(names = "--profile", defaultValue = GeneratorOptions.XINJIANG,
            description = {"xinjiang (the shipped region tree) or national (every province, about 2,800 counties,",
                    "832 poverty and 334 deep-poverty counties, synthetic names; for benchmarks) (default ${DEFAULT-VALUE})."})
    String profile;

    @Option(names = "--monthly", description = "One drop folder per month, with the expected warning lifecycle (xinjiang, no --dirty).")
    boolean monthly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorOptions options = new GeneratorOptions(seed, scale, from, to, encoding, headers, dirty, profile);
        if (monthly) {
            DropReport.print(spec.commandLine().getOut(), new SyntheticDrop(options).writeMonthlyTo(out));
        } else {
            DropReport.print(spec.commandLine().getOut(), new SyntheticDrop(options).writeTo(out));
        }
        return 0;
    }
}
