package io.fundtrace.warehouse.gate;

import io.fundtrace.warehouse.WarehouseException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.dialect.DuckDBSqlDialect;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Turns an analyst's text into the SQL the gated session runs, or refuses it: exactly one read-only
 * query, every name resolved against the role's published tables and every function against
 * Calcite's standard library (so table functions such as read_csv are unknown), then unparsed in
 * DuckDB's dialect with the row cap added.
 */
final class QueryTranslator {
    private static final SqlParser.Config PARSER = SqlParser.config()
            .withParserFactory(SqlBabelParserImpl.FACTORY)
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.TO_LOWER)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(false)
            .withConformance(SqlConformanceEnum.BABEL);
    private static final SqlOperatorTable OPERATORS = SqlOperatorTables.chain(SqlStdOperatorTable.instance(), DuckDbFunctions.table(),
            SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.POSTGRESQL));

    private final JavaTypeFactoryImpl typeFactory = new JavaTypeFactoryImpl();
    private final CalciteCatalogReader reader;

    QueryTranslator(List<PublishedTable> tables) {
        this.reader = CalciteCatalog.reader(tables, typeFactory);
    }

    /** The DuckDB SQL to run, returning at most {@code limit + 1} rows (the extra one tells truncation). */
    String translate(String text, int limit) {
        SqlNode query = parseOne(text);
        DuckDbSyntax.check(query);
        validate(parseOne(text));
        try {
            return capped(query, limit + 1).toSqlString(DuckDBSqlDialect.DEFAULT).getSql();
        } catch (RuntimeException | StackOverflowError e) {
            // Calcite cannot write some forms it parsed in DuckDB's dialect (FLOOR(x TO unit) failed with a ClassCastException)
            throw refused("the query cannot be written in the warehouse's SQL dialect (" + reason(e) + ")");
        }
    }

    private static SqlNode parseOne(String text) {
        if (text == null || text.isBlank()) {
            throw refused("the query is empty");
        }
        SqlNodeList statements;
        try {
            statements = SqlParser.create(text, PARSER).parseStmtList();
        } catch (SqlParseException e) {
            throw refused("not valid SQL: " + reason(e));
        } catch (RuntimeException | StackOverflowError e) {
            throw refused("not valid SQL: " + reason(e));
        }
        if (statements.size() != 1) {
            throw refused("exactly one statement is allowed, found " + statements.size());
        }
        SqlNode statement = statements.get(0);
        if (!statement.isA(SqlKind.QUERY)) {
            throw refused("only a read-only query (SELECT, WITH, UNION/INTERSECT/EXCEPT, VALUES) is allowed, not "
                    + statement.getKind().lowerName.replace('_', ' '));
        }
        return statement;
    }

    private void validate(SqlNode query) {
        SqlValidator validator = SqlValidatorUtil.newValidator(OPERATORS, reader, typeFactory,
                SqlValidator.Config.DEFAULT.withConformance(SqlConformanceEnum.LENIENT).withIdentifierExpansion(true)
                        // BABEL conformance makes the GROUP BY check walk a searched CASE's empty operand (a null-node
                        // error); LENIENT keeps GROUP BY ordinals and aliases. The query that runs is unparsed from its own parse.
                        .withCallRewrite(false));
        try {
            validator.validate(query);
        } catch (CalciteContextException e) {
            throw refused(reason(e).replaceFirst("^From line \\d+, column \\d+ to line \\d+, column \\d+: ", ""));
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            throw refused("the query cannot be checked against the published tables: " + reason(e));
        }
    }

    private static SqlNode capped(SqlNode query, int rows) {
        SqlParserPos position = SqlParserPos.ZERO;
        SqlLiteral cap = SqlLiteral.createExactNumeric(Integer.toString(rows), position);
        if (query instanceof SqlOrderBy orderBy) {
            SqlNode fetch = orderBy.fetch;
            if (fetch instanceof SqlLiteral literal && literal.getValueAs(BigDecimal.class).compareTo(BigDecimal.valueOf(rows)) < 0) {
                cap = literal;
            }
            return new SqlOrderBy(position, orderBy.query, orderBy.orderList, orderBy.offset, cap);
        }
        return new SqlOrderBy(position, query, SqlNodeList.EMPTY, null, cap);
    }

    /** A refusal: one line, never without a reason. */
    static WarehouseException refused(String reason) {
        String line = reason == null ? "" : reason.lines().map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
        return new WarehouseException("refused: " + (line.isEmpty() ? "the gate could not check the query" : line));
    }

    /**
     * The first non-empty line of a failure's message, else of its cause's: a parse that overflows the
     * stack comes back as a SqlParseException without a message.
     */
    static String reason(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StackOverflowError) {
                return "the query is nested too deeply for the gate";
            }
            String line = e.getMessage() == null ? "" : e.getMessage().lines().map(String::strip).filter(text -> !text.isEmpty())
                    .findFirst().orElse("");
            if (!line.isEmpty()) {
                return line;
            }
            if (e.getCause() == null) {
                return e.getClass().getSimpleName();
            }
        }
        return "no reason given";
    }
}
