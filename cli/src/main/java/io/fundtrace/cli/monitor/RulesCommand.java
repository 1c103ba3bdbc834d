package io.fundtrace.cli.monitor;

import io.fundtrace.marts.MartParameters;
import io.fundtrace.marts.RuleCatalog;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace rules`: the rule catalogue with each rule's parameters and their values. */
@Command(name = "rules", description = "List the monitoring rules: code, level, seed rule, messages, parameters.")
public final class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MartParameters parameters = MartParameters.load();
        List<List<String>> rows = new ArrayList<>();
        for (RuleCatalog.Rule rule : RuleCatalog.load()) {
            List<String> values = rule.parameters().stream().map(name -> name + "=" + parameters.value(name)).toList();
            rows.add(List.of(rule.code(), rule.level(), rule.seedRule(), rule.messageZh(), rule.messageEn(), String.join(";", values)));
        }
        List<String> columns = List.of("code", "level", "seed_rule", "message_zh", "message_en", "parameters");
        format.write(ResultTable.ofText(columns, rows), spec.commandLine().getOut());
        return 0;
    }
}
