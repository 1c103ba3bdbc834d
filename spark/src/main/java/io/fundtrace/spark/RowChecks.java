package io.fundtrace.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest's row checks in one pass. A validation adds to work_violations, check by check, the rows of
 * work_rows a condition holds for - SELECT batch_id, source_file, source_line, 'rule', 'column', value
 * FROM work_rows WHERE condition - a few dozen of them per entity. On Spark each is a scan and a branch
 * of the plan; here the ones that read one scratch table with no subquery become one scan that gives
 * each row the checks it fails: explode(filter(array(named_struct(condition, rule, column, value), ...))).
 * The same rows, in one branch; the other inserts (joins, subqueries) stay as they are.
 */
final class RowChecks {
    private static final String LITERAL = "'(?:[^'\\\\]|\\\\.)*'";
    private static final String COLUMN = "(?:w\\.)?(?:\"[a-z_][a-z0-9_]*\"|[a-z_][a-z0-9_]*)";
    private static final Pattern CHECK = Pattern.compile("^\\s*SELECT\\s+(?:w\\.)?batch_id\\s*,\\s*(?:w\\.)?source_file\\s*,\\s*(?:w\\.)?source_line\\s*,"
            + "\\s*(" + LITERAL + ")\\s*,\\s*(" + LITERAL + ")\\s*,\\s*(" + COLUMN + "|" + LITERAL + ")\\s+FROM\\s+([a-z_][a-z0-9_]*)(?:\\s+w)?"
            + "\\s+WHERE\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SUBQUERY = Pattern.compile("\\bSELECT\\b", Pattern.CASE_INSENSITIVE);

    private RowChecks() {
    }

    /**
     * The inserts' SELECTs with every two or more row checks on the same scratch table made one; the
     * others as they were. scratch: the scratch tables, the only ones whose checks are joined.
     */
    static List<String> combine(List<String> selects, Set<String> scratch) {
        Map<String, List<Matcher>> checks = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String select : selects) {
            Matcher check = CHECK.matcher(select);
            if (check.matches() && scratch.contains(check.group(4).toLowerCase(Locale.ROOT)) && !SUBQUERY.matcher(check.group(5)).find()) {
                checks.computeIfAbsent(check.group(4).toLowerCase(Locale.ROOT), table -> new ArrayList<>()).add(check);
            } else {
                out.add(select);
            }
        }
        checks.forEach((table, matched) -> {
            if (matched.size() == 1) {
                out.add(matched.get(0).group());
                return;
            }
            List<String> structs = new ArrayList<>();
            for (Matcher check : matched) {
                structs.add("named_struct('failed', coalesce(" + check.group(5).strip() + ", false), 'rule', " + check.group(1)
                        + ", 'column_name', " + check.group(2) + ", 'value', CAST(" + check.group(3) + " AS STRING))");
            }
            // the checks in a projection of their own: Spark refuses SQL functions inside the explode itself
            out.add("SELECT batch_id, source_file, source_line, hit.rule, hit.column_name, hit.value FROM (SELECT batch_id, source_file,"
                    + " source_line, explode(failed) AS hit FROM (SELECT batch_id, source_file, source_line, filter(array("
                    + String.join(",\n  ", structs) + "), x -> x.failed) AS failed FROM " + table + " w) checked) hits");
        });
        return out;
    }
}
