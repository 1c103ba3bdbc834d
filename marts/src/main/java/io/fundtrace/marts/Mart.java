package io.fundtrace.marts;

import java.util.List;

/** One line of manifest.csv: a mart table, the SELECT that builds it, the marts it reads. */
public record Mart(String name, String file, List<String> dependsOn) {
    public Mart {
        dependsOn = List.copyOf(dependsOn);
    }
}
