package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL parsers of dialect/duckdb.sql: every accepted amount and date format, and what they refuse. */
class ParsersTest {
    @TempDir
    static Path temp;

    private static String evaluate(String expression) throws Exception {
        try (Warehouse warehouse = Warehouse.open(temp.resolve("parsers.duckdb"))) {
            Sql sql = new Sql(DuckDbEngine.over(warehouse));
            IngestSchema.create(sql, Contract.load());
            try (Statement statement = warehouse.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT CAST(" + expression + " AS VARCHAR)")) {
                rows.next();
                return String.valueOf(rows.getString(1));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.50|1234.50", "'1,234.50'|1234.50", "¥1234.5|1234.50", "￥1234.5|1234.50",
            "' 1234 '|1234.00", "-10|-10.00", "'1,234,567.89'|1234567.89", "12.345|null", "1,23|null", "abc|null", "1e3|null",
            "99999999999999.99|99999999999999.99", "'¥99,999,999,999,999.99'|99999999999999.99", "-99999999999999|-99999999999999.00",
            "100000000000000|null", "'100,000,000,000,000.00'|null", "9999999999999999.99|null", "6228480012345678|null",
            "99999999999999999999.99|null", "'¥99,999,999,999,999,999,999'|null", "-99999999999999999|null"})
    void amounts(String text, String expected) throws Exception {
        assertEquals(expected, evaluate("ft_amount('" + text + "')"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.5678|1234.5678", "'1,234.5'|1234.5000", "9999999999999999.9999|9999999999999999.9999",
            "123456789012345678901234567890|null", "'12,345,678,901,234,567,890'|null"})
    void numbers(String text, String expected) throws Exception {
        assertEquals(expected, evaluate("ft_number('" + text + "')"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2018-09-07|2018-09-07", "2018/9/7|2018-09-07", "20180907|2018-09-07",
            "2018年9月7日|2018-09-07", "2018-02-30|null", "07/09/2018|null", "2018-9|null"})
    void dates(String text, String expected) throws Exception {
        assertEquals(expected, evaluate("ft_date('" + text + "')"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"新财农[2018] 1号|新财农〔2018〕1号", "新财农（2018）　1号|新财农〔2018〕1号",
            "新财农﹝2018﹞1号|新财农〔2018〕1号", "新财农【2018】1号|新财农〔2018〕1号", "新财农(2018)1号|新财农〔2018〕1号", "新财农\t〔2018〕\u00A01号|新财农〔2018〕1号"})
    void documentNumbers(String text, String expected) throws Exception {
        assertEquals(expected, evaluate("ft_doc_no('" + text + "')"));
    }

    @Test
    void enumerationsBecomeEnglishCodes() throws Exception {
        assertEquals("prefecture", evaluate("ft_level('地')"));
        assertEquals("regional", evaluate("ft_origin('自治区')"));
        assertEquals("enterprise", evaluate("ft_payee_type('企业')"));
        assertEquals("deep_poverty", evaluate("ft_poverty_status('深度贫困县')"));
        assertEquals("rectifying", evaluate("ft_rectification_status('整改中')"));
        assertEquals("true", evaluate("ft_flag('是')"));
        assertEquals("false", evaluate("ft_flag('n')"));
        assertEquals("null", evaluate("ft_flag('maybe')"));
    }
}
