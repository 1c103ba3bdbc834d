package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the query log of a warehouse goes, for a path and for the URIs a Spark warehouse may have. */
class QueryLogTest {
    @TempDir
    Path folder;

    @Test
    void aLocalWarehouseIsLoggedBesideIt() {
        assertEquals(folder.resolve("query-log.jsonl"), QueryLog.forWarehouse(folder.resolve("warehouse.duckdb").toString()).file());
        assertEquals(folder.resolve("query-log.jsonl"), QueryLog.forWarehouse(folder.resolve("delta").toUri().toString()).file(),
                "a file:// URI is the local folder");
    }

    @Test
    void aRemoteWarehouseIsLoggedOnThisMachineInAFileNamedAfterIt() throws IOException {
        QueryLog log = QueryLog.forWarehouse("s3a://fund-bucket/xinjiang/delta/");
        assertEquals(Path.of("fundtrace-data", "query-logs", "s3a_fund-bucket_xinjiang_delta.jsonl"), log.file());
        assertEquals(Path.of("fundtrace-data", "query-logs", "hdfs_namenode_8020_fundtrace_delta.jsonl"),
                QueryLog.forWarehouse("hdfs://namenode:8020/fundtrace/delta").file());
        // the folder is made with the first line
        QueryLog here = new QueryLog(folder.resolve("fundtrace-data").resolve("query-logs").resolve("s3a_b_delta.jsonl"));
        here.record("analyst", Role.parse("analyst"), "accepted", 1, 2, null, "SELECT 1");
        assertTrue(Files.readString(here.file(), StandardCharsets.UTF_8).contains("\"query\":\"SELECT 1\""));
    }
}
