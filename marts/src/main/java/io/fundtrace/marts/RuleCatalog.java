package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import java.util.Arrays;
import java.util.List;

/** rule_catalog.csv: every monitoring rule's code, level, seed rule, messages and parameters. */
public final class RuleCatalog {
    /** One rule; parameters are names in parameters.properties. */
    public record Rule(String code, String level, String seedRule, String messageZh, String messageEn, List<String> parameters) {
        public Rule {
            parameters = List.copyOf(parameters);
        }
    }

    private RuleCatalog() {
    }

    public static List<Rule> load() {
        return SqlResource.read("marts/rule_catalog.csv").lines().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .map(cells -> new Rule(cells[0], cells[1], cells[2], cells[3], cells[4],
                        cells[5].isBlank() ? List.of() : Arrays.asList(cells[5].split(";"))))
                .toList();
    }
}
