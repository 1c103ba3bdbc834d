package io.fundtrace.spark;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement's text the way Spark SQL does for what the engine needs to know: what kind of
 * statement it is, the table it writes, and where it names a table (schema.name outside quotes,
 * backticks and comments), so a read can be pointed at a view of the table.
 */
final class StatementText {
    private static final String NAME = "[a-zA-Z_][a-zA-Z0-9_]*";
    private static final String LEAD = "^\\s*(?:(?:--[^\\n]*\\n|/\\*.*?\\*/)\\s*)*";
    private static final Pattern TARGET = Pattern.compile(LEAD + "(?:INSERT\\s+(?:INTO|OVERWRITE)(?:\\s+TABLE)?|MERGE\\s+INTO|UPDATE|DELETE\\s+FROM"
            + "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?|REPLACE\\s+TABLE|ALTER\\s+TABLE|DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?"
            + "|RESTORE(?:\\s+TABLE)?|TRUNCATE\\s+TABLE)\\s+(" + NAME + "\\." + NAME + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Statements whose reads may go to views: queries, inserts, merges, tables made from a query, temporary views and scratch tables. */
    private static final Pattern READS = Pattern.compile(LEAD + "(?:SELECT|WITH|INSERT|MERGE|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TEMP(?:ORARY)?\\s+(?:TABLE|VIEW)"
            + "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\." + NAME + "\\s+(?:USING\\s+\\S+\\s+)?(?:LOCATION\\s+'[^']*'\\s+)?AS)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern VIEW = Pattern.compile(LEAD + "CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+(" + NAME + "\\." + NAME + ")\\s+AS\\s+(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Time travel names the Delta table itself: a view has no versions. */
    private static final Pattern TIME_TRAVEL = Pattern.compile("^\\s+(?:VERSION|TIMESTAMP)\\s+AS\\s+OF\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("^\\s*SELECT\\s+COUNT\\(\\s*\\*\\s*\\)\\s+FROM\\s+(" + NAME + "(?:\\." + NAME + ")?)\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAXIMUM = Pattern.compile(LEAD + "SELECT\\s+MAX\\(\\s*(" + NAME + ")\\s*\\)\\s+FROM\\s+(" + NAME + "\\." + NAME
            + ")\\s*;?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private StatementText() {
    }

    /** The table a statement writes (or alters, drops, restores), lower case. */
    static Optional<String> target(String sql) {
        Matcher target = TARGET.matcher(sql);
        return target.find() ? Optional.of(target.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether the statement reads tables in a way a view can serve. */
    static boolean readsThroughViews(String sql) {
        return READS.matcher(sql).find();
    }

    /** A persistent view's name and body: CREATE [OR REPLACE] VIEW s.v AS body. */
    static Optional<String[]> view(String sql) {
        Matcher view = VIEW.matcher(sql);
        return view.find() ? Optional.of(new String[] {view.group(1).toLowerCase(Locale.ROOT), view.group(2)}) : Optional.empty();
    }

    /** The table of a bare SELECT COUNT(*) FROM s.t (or FROM t, a scratch table). */
    static Optional<String> countOf(String sql) {
        Matcher count = COUNT.matcher(sql);
        return count.matches() ? Optional.of(count.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The table and column of a bare SELECT MAX(column) FROM s.t (comments before it allowed), lower case. */
    static Optional<String[]> maximumOf(String sql) {
        Matcher maximum = MAXIMUM.matcher(sql);
        return maximum.matches()
                ? Optional.of(new String[] {maximum.group(2).toLowerCase(Locale.ROOT), maximum.group(1).toLowerCase(Locale.ROOT)})
                : Optional.empty();
    }

    /**
     * The text with every schema.name reference replaced by what replacement gives for it (empty: kept),
     * except the statement's own target and a time-travelled table; quoted text, quoted identifiers and
     * comments are left alone.
     */
    static String replaceTables(String sql, Function<String, Optional<String>> replacement) {
        Matcher targetMatch = TARGET.matcher(sql);
        int targetAt = targetMatch.find() ? targetMatch.start(1) : -1;
        return walk(sql, (name, at, timeTravelled) -> at == targetAt || timeTravelled ? Optional.empty() : replacement.apply(name));
    }

    /** Every schema.name the statement names outside quotes and comments (its target and time-travelled tables too), lower case. */
    static Set<String> names(String sql) {
        Set<String> names = new LinkedHashSet<>();
        walk(sql, (name, at, timeTravelled) -> {
            names.add(name);
            return Optional.empty();
        });
        return names;
    }

    /** What to put in place of a schema.name found at a position (empty: the name as written). */
    private interface NameReplacement {
        Optional<String> at(String name, int position, boolean timeTravelled);
    }

    private static String walk(String sql, NameReplacement replacement) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closingQuote(sql, i);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
            } else if (isStart(c) && (i == 0 || !isPart(sql.charAt(i - 1)) && sql.charAt(i - 1) != '.')) {
                end = identifierEnd(sql, i);
                if (end < sql.length() - 1 && sql.charAt(end) == '.' && isStart(sql.charAt(end + 1))) {
                    int second = identifierEnd(sql, end + 1);
                    boolean partOfLonger = second < sql.length() && sql.charAt(second) == '.';
                    boolean timeTravelled = TIME_TRAVEL.matcher(sql.substring(second, Math.min(sql.length(), second + 40))).find();
                    String name = sql.substring(i, second).toLowerCase(Locale.ROOT);
                    Optional<String> replaced = partOfLonger ? Optional.empty() : replacement.at(name, i, timeTravelled);
                    if (replaced.isPresent()) {
                        out.append(replaced.get());
                        i = second;
                        continue;
                    }
                    end = second;
                }
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    private static int closingQuote(String sql, int open) {
        char quote = sql.charAt(open);
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int identifierEnd(String sql, int start) {
        int i = start;
        while (i < sql.length() && isPart(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
