package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.marts.Dialect;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portable subset: each query in parity/queries.sql returns the same rows on DuckDB and on Spark. */
class DialectParityTest {
    @TempDir
    static Path folder;
    private static DuckDbEngine duckdb;
    private static Engine spark;

    @BeforeAll
    static void open() {
        duckdb = DuckDbEngine.open(folder.resolve("parity.duckdb"));
        Dialect.duckdb().register(duckdb);
        spark = SharedSpark.engine(folder.resolve("delta"));
        Dialect.spark().register(spark);
        for (String statement : SqlResource.statements(SqlResource.read("parity/setup.sql"))) {
            duckdb.execute(statement);
            spark.execute(statement);
        }
    }

    @AfterAll
    static void close() {
        duckdb.close();
        spark.close();
    }

    /**
     * ft_payee_key, the marts' pseudonym function, is Java registered on each engine (MartRunner); under
     * a known secret both give the HMAC computed here with javax.crypto, and NULL for NULL.
     */
    @Test
    void thePayeeKeyFunctionGivesTheSameHmacOnBothEngines() throws Exception {
        String secret = "7d3c9a0e51f64b28c1e07a95d2b6483f0c9e15a7b3d8f26e4a01c7593be8d264";
        Path keyFile = folder.resolve("payee-key");
        Files.writeString(keyFile, secret + "\n");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("653121198001011234".getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        String query = "SELECT ft_payee_key('653121198001011234') AS payee_key, ft_payee_key(CAST(NULL AS STRING)) AS none";
        for (Engine engine : List.of(duckdb, spark)) {
            engine.registerFunction(MartRunner.PAYEE_KEY_FUNCTION, PayeeKeyring.open(keyFile).pseudonyms());
            assertEquals(Arrays.asList(expected, null), engine.query(query).get(0), engine.name());
        }
    }

    @Test
    void everyPortableQueryReturnsTheSameRowsOnBothEngines() {
        List<String> queries = SqlResource.statements(SqlResource.read("parity/queries.sql"));
        for (String query : queries) {
            List<List<Object>> expected = duckdb.query(query);
            assertEquals(expected, spark.query(query), query);
        }
        assertEquals(12, queries.size(), "parity/queries.sql holds one query per dialect point of spark/README.md");
    }
}
