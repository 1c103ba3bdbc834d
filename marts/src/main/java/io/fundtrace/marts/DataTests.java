package io.fundtrace.marts;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.List;

/** The data tests of tests/manifest.csv: each a query returning the rows that fail it (dbt style). */
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

    List<DataTestResult> runAll() {
        List<DataTestResult> results = new ArrayList<>();
        List<String> names = SqlResource.read("marts/tests/manifest.csv").lines().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)[0].strip()).toList();
        for (String name : names) {
            results.add(run(name));
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
