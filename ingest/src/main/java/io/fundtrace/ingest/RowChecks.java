package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validation's row checks in one scan. A check adds to work_violations the rows of a scratch table a
 * condition holds for - INSERT INTO work_violations SELECT batch_id, source_file, source_line, 'rule',
 * 'column', value FROM work_rows WHERE condition - a few dozen of them per entity, each a scan of every
 * row (a quarter of a second each for the payments of one year at scale 10). Consecutive ones on the same
 * table become one statement that reads the rows once, keeps those failing any check and gives each the
 * checks it fails (load/row_checks.sql). The same rows: the checks read no table they write, and any
 * other statement runs after the checks before it, as it would have.
 */
final class RowChecks {
    private static final String LITERAL = "'(?:[^'\\\\]|\\\\.)*'";
    private static final String COLUMN = "(?:w\\.)?(?:\"[a-z_][a-z0-9_]*\"|[a-z_][a-z0-9_]*)";
    private static final Pattern CHECK = Pattern.compile("^\\s*INSERT\\s+INTO\\s+([a-z_][a-z0-9_]*)\\s+"
            + "SELECT\\s+(?:w\\.)?batch_id\\s*,\\s*(?:w\\.)?source_file\\s*,\\s*(?:w\\.)?source_line\\s*,"
            + "\\s*(" + LITERAL + ")\\s*,\\s*(" + LITERAL + ")\\s*,\\s*(" + COLUMN + "|" + LITERAL + ")\\s+FROM\\s+([a-z_][a-z0-9_]*)(?:\\s+w)?"
            + "\\s+WHERE\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SUBQUERY = Pattern.compile("\\bSELECT\\b", Pattern.CASE_INSENSITIVE);
    private static final String TEMPLATE = "load/row_checks.sql";

    /** One check: the statement, its target and source tables, rule, column, reported value and condition, as SQL text. */
    record Check(String statement, String target, String source, String rule, String column, String value, String condition) {
    }

    private RowChecks() {
    }

    /** The statements to run in order: every two or more consecutive checks of one table into one table made one. */
    static List<String> combine(List<String> statements, IngestDialect dialect) {
        List<String> out = new ArrayList<>();
        List<Check> run = new ArrayList<>();
        for (String statement : statements) {
            Check check = parse(statement);
            if (check == null || !run.isEmpty() && !(run.get(0).target().equals(check.target())
                    && run.get(0).source().equals(check.source()))) {
                flush(run, out, dialect);
            }
            if (check == null) {
                out.add(statement);
            } else {
                run.add(check);
            }
        }
        flush(run, out, dialect);
        return out;
    }

    private static void flush(List<Check> run, List<String> out, IngestDialect dialect) {
        if (run.size() == 1) {
            out.add(run.get(0).statement());
        } else if (run.size() > 1) {
            Map<String, String> values = Map.of("target", run.get(0).target(), "source", run.get(0).source(),
                    "checks", String.join(",\n  ", run.stream().map(dialect::rowCheck).toList()),
                    "any_failed", String.join("\n   OR ", run.stream().map(check -> "(" + check.condition() + ")").toList()));
            out.add(SqlResource.statements(SqlTemplate.fill(SqlResource.read("ingest/" + dialect.resource(TEMPLATE)), values)).get(0));
        }
        run.clear();
    }

    /** The check a statement is, or null: another statement, or a condition with a subquery (it may read any table). */
    private static Check parse(String statement) {
        Matcher matcher = CHECK.matcher(statement);
        if (!matcher.matches() || SUBQUERY.matcher(matcher.group(6)).find()) {
            return null;
        }
        String target = matcher.group(1).toLowerCase(Locale.ROOT);
        String source = matcher.group(5).toLowerCase(Locale.ROOT);
        if (target.equals(source)) {
            return null;
        }
        return new Check(statement, target, source, matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(6).strip());
    }
}
