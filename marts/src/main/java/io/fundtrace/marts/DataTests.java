package io.fundtrace.marts;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data tests of tests/manifest.csv: each a query returning the rows that fail it (dbt style), on the
 * marts its reads column names (none: it reads only the model).
 */
final class DataTests {
    private static final int SAMPLE_ROWS = 3;

    private final Engine engine;
    private final MartPlaceholders template;
    private final Dialect dialect;

    DataTests(Engine engine, MartPlaceholders template, Dialect dialect) {
        this.engine = engine;
        this.template = template;
        this.dialect = dialect;
    }

    /** Every test whose marts are all among the given ones (the marts a build made, or the whole schema's). */
    List<DataTestResult> runOn(Set<String> marts) {
        List<DataTestResult> results = new ArrayList<>();
        for (String line : SqlResource.read("marts/tests/manifest.csv").lines().skip(1).filter(line -> !line.isBlank()).toList()) {
            String[] cells = line.split(",", -1);
            List<String> reads = cells[1].isBlank() ? List.of() : List.of(cells[1].strip().split(";"));
            if (marts.containsAll(reads)) {
                results.add(run(cells[0].strip()));
            }
        }
        return results;
    }

    private DataTestResult run(String name) {
        String sql = dialect.expand(template.fill(SqlResource.read("marts/tests/" + name + ".sql")));
        List<List<Object>> rows;
        try {
            rows = engine.query(sql);
        } catch (WarehouseException e) {
            throw new WarehouseException("data test " + name + " failed to run: " + e.getMessage(), e);
        }
        List<String> sample = new ArrayList<>();
        for (List<Object> row : rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()))) {
            sample.add(row.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return new DataTestResult(name, rows.size(), sample);
    }
}
