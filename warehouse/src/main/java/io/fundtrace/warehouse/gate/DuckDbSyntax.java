package io.fundtrace.warehouse.gate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.NlsString;

/**
 * Forms Calcite's parser and validator accept but DuckDB cannot run, or runs with another meaning:
 * refused here with the gate's own reason, before anything reaches DuckDB. (Whatever else DuckDB
 * cannot compile is refused by SqlGate when it prepares the statement.)
 */
final class DuckDbSyntax extends SqlBasicVisitor<Void> {
    private static final Map<SqlKind, String> KINDS = Map.ofEntries(
            Map.entry(SqlKind.MATCH_RECOGNIZE, "MATCH_RECOGNIZE"),
            Map.entry(SqlKind.MULTISET_VALUE_CONSTRUCTOR, "multisets (MULTISET[...])"),
            Map.entry(SqlKind.MULTISET_QUERY_CONSTRUCTOR, "multisets (MULTISET(SELECT ...))"),
            Map.entry(SqlKind.COLLECT, "COLLECT"),
            Map.entry(SqlKind.FUSION, "FUSION"),
            Map.entry(SqlKind.INTERSECTION, "INTERSECTION"),
            Map.entry(SqlKind.OVERLAPS, "period predicates (OVERLAPS)"),
            Map.entry(SqlKind.CONTAINS, "period predicates (CONTAINS)"),
            Map.entry(SqlKind.PRECEDES, "period predicates (PRECEDES)"),
            Map.entry(SqlKind.IMMEDIATELY_PRECEDES, "period predicates (IMMEDIATELY PRECEDES)"),
            Map.entry(SqlKind.SUCCEEDS, "period predicates (SUCCEEDS)"),
            Map.entry(SqlKind.IMMEDIATELY_SUCCEEDS, "period predicates (IMMEDIATELY SUCCEEDS)"),
            Map.entry(SqlKind.PERIOD_EQUALS, "period predicates (EQUALS)"),
            Map.entry(SqlKind.IGNORE_NULLS, "IGNORE NULLS"),
            Map.entry(SqlKind.RESPECT_NULLS, "RESPECT NULLS"),
            Map.entry(SqlKind.WITHIN_DISTINCT, "WITHIN DISTINCT"),
            // DuckDB reads the size of a sample differently (a row count, not a percentage)
            Map.entry(SqlKind.TABLESAMPLE, "TABLESAMPLE"),
            Map.entry(SqlKind.EXTEND, "EXTEND"),
            Map.entry(SqlKind.UNIQUE, "the UNIQUE predicate"),
            Map.entry(SqlKind.TUMBLE, "streaming windows (TUMBLE)"),
            Map.entry(SqlKind.HOP, "streaming windows (HOP)"),
            Map.entry(SqlKind.SESSION, "streaming windows (SESSION)"),
            Map.entry(SqlKind.TIMESTAMP_ADD, "TIMESTAMPADD"),
            Map.entry(SqlKind.TIMESTAMP_DIFF, "TIMESTAMPDIFF"),
            Map.entry(SqlKind.CONVERT, "CONVERT"),
            Map.entry(SqlKind.TRANSLATE, "TRANSLATE ... USING"));
    /** Calls by name: in the parsed tree an ordinary function is not resolved yet, so its kind says nothing. */
    private static final Set<String> FUNCTIONS = Set.of("CURRENT_PATH", "SYSTEM_USER", "MEMBER OF", "SUBMULTISET OF",
            "NOT SUBMULTISET OF", "IS A SET", "IS NOT A SET", "ELEMENT", "COLLECT", "FUSION", "INTERSECTION", "GROUP_ID",
            "JSON_QUERY");
    /** Families by the start of their operators' names (JSON_OBJECTAGG comes as JSON_OBJECTAGG_NULL_ON_NULL, say). */
    private static final List<String> FAMILIES = List.of("JSON_OBJECT", "JSON_ARRAY", "IS JSON", "IS NOT JSON");
    /** Niladic functions written without parentheses, which the parser leaves as names for the validator to resolve. */
    private static final Set<String> NILADIC = Set.of("CURRENT_PATH", "SYSTEM_USER");

    private DuckDbSyntax() {
    }

    /** Refuses the first form of the parsed query that DuckDB cannot run. */
    static void check(SqlNode query) {
        query.accept(new DuckDbSyntax());
    }

    @Override
    public Void visit(SqlCall call) {
        String form = form(call);
        if (form != null) {
            throw QueryTranslator.refused(form + " cannot run in the warehouse's engine (DuckDB)");
        }
        return super.visit(call);
    }

    private static String form(SqlCall call) {
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        if (KINDS.containsKey(call.getKind())) {
            return KINDS.get(call.getKind());
        }
        if (FUNCTIONS.contains(name)) {
            return name;
        }
        for (String family : FAMILIES) {
            if (name.startsWith(family)) {
                return "SQL/JSON " + family;
            }
        }
        if ((call.getKind() == SqlKind.CEIL || call.getKind() == SqlKind.FLOOR) && call.operandCount() == 2) {
            return name + "(... TO unit)";
        }
        if (call.getKind() == SqlKind.POSITION && call.operandCount() == 3) {
            return "POSITION(... IN ... FROM ...)";
        }
        if (call.getKind() == SqlKind.WITHIN_GROUP && call.operand(0) instanceof SqlCall aggregate
                && aggregate.getOperator().getName().equalsIgnoreCase("LISTAGG")) {
            return "LISTAGG(...) WITHIN GROUP (use string_agg(x, ',' ORDER BY x))";
        }
        if (call.getOperator() instanceof SqlBetweenOperator between && between.flag == SqlBetweenOperator.Flag.SYMMETRIC) {
            return "BETWEEN SYMMETRIC";
        }
        if (call instanceof SqlJoin join && (join.getJoinType() == JoinType.ASOF || join.getJoinType() == JoinType.LEFT_ASOF)) {
            return "ASOF JOIN ... MATCH_CONDITION";
        }
        return null;
    }

    @Override
    public Void visit(SqlLiteral literal) {
        if (literal instanceof SqlCharStringLiteral && literal.getValueAs(NlsString.class).getCharsetName() != null) {
            throw QueryTranslator.refused("string literals with a character set or Unicode escapes (U&'...', N'...', _UTF8'...')"
                    + " cannot run in the warehouse's engine (DuckDB); write the characters in a plain '...' literal");
        }
        if (literal instanceof SqlIntervalLiteral interval) {
            return visit(((SqlIntervalLiteral.IntervalValue) interval.getValue()).getIntervalQualifier());
        }
        return null;
    }

    @Override
    public Void visit(SqlIntervalQualifier qualifier) {
        if (!qualifier.isSingleDatetimeField()) {
            throw QueryTranslator.refused("intervals over two units (" + qualifier.timeUnitRange + ") cannot run in the warehouse's"
                    + " engine (DuckDB); write INTERVAL 'n' DAY, MONTH or YEAR");
        }
        return null;
    }

    @Override
    public Void visit(SqlIdentifier identifier) {
        if (identifier.isSimple() && !identifier.isComponentQuoted(0) && NILADIC.contains(identifier.getSimple().toUpperCase(Locale.ROOT))) {
            throw QueryTranslator.refused(identifier.getSimple().toUpperCase(Locale.ROOT) + " cannot run in the warehouse's engine (DuckDB)");
        }
        return null;
    }

    @Override
    public Void visit(SqlDynamicParam parameter) {
        throw QueryTranslator.refused("? parameters cannot be bound through the gate; write the values into the query");
    }
}
