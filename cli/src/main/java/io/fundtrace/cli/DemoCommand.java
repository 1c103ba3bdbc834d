package io.fundtrace.cli;

import io.fundtrace.ingest.synthetic.GeneratorOptions;
import io.fundtrace.ingest.synthetic.SyntheticDrop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `fundtrace demo`: the whole story on a small synthetic drop; for now it generates the drop. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the demo on a small synthetic drop.",
        description = {"Run the demo: generate a small synthetic drop (seed 7, scale 0.02) into",
                "OUT/drop and say what was written where."})
final class DemoCommand implements Callable<Integer> {
    static final long SEED = 7;
    static final double SCALE = 0.02;

    @Option(names = "--out", defaultValue = "fundtrace-data",
            description = "Folder for everything the demo leaves behind (default ./${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        Path drop = out.resolve("drop").toAbsolutePath().normalize();
        printer.println("fundtrace demo: generating a synthetic drop (seed " + SEED + ", scale " + SCALE + ") ...");
        GeneratorOptions options = new GeneratorOptions(SEED, SCALE, 2018, 2020, "utf-8", "en", 0.001);
        DropReport.print(printer, new SyntheticDrop(options).writeTo(drop));
        return 0;
    }
}
