package io.fundtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark warehouse has the clean, audit and model layers of a DuckDB one, as Delta tables and views. */
class SparkWarehouseTablesTest {
    @TempDir
    Path folder;

    @Test
    void openingAnEmptyFolderMakesTheWarehouseTables() {
        SparkDeltaEngine engine = SharedSpark.engine(folder);
        assertTrue(Files.isDirectory(folder.resolve("clean/payments/_delta_log")));
        assertTrue(Files.isDirectory(folder.resolve("audit/batch_files/_delta_log")));
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM model.fact_payment"));
        assertEquals(List.of(List.of(0L)), engine.query("SELECT count(*) FROM model.dim_region"));
        SparkDeltaEngine reopened = SharedSpark.engine(folder);
        assertEquals(List.of(List.of(0L)), reopened.query("SELECT count(*) FROM audit.batches"));
    }

    /**
     * Registering a table reads its Delta log, so an engine registers a table in Spark's catalog only when
     * a statement names it as it is (a write, time travel), and makes a model view only when one names it.
     */
    @Test
    void anEngineRegistersATableOnlyWhenAStatementNamesIt() {
        SharedSpark.engine(folder.resolve("first"));
        // another folder in the shared session: the first one's names are forgotten
        SharedSpark.engine(folder.resolve("second"));
        SparkDeltaEngine reader = SharedSpark.engine(folder.resolve("first"));
        Catalog catalog = reader.session().catalog();

        assertEquals(List.of(List.of(0L)), reader.query("SELECT count(*) FROM model.fact_payment p JOIN clean.regions r ON r.region_code = p.region_code"));
        assertFalse(catalog.tableExists("clean.regions"), "a read goes to the files, not the catalog");
        assertFalse(catalog.tableExists("model.fact_payment"), "a view is read through its temporary twin");

        assertEquals(List.of(List.of(0L)), reader.query("SELECT count(*) FROM clean.regions VERSION AS OF 0"));
        assertTrue(catalog.tableExists("clean.regions"), "time travel names the Delta table itself");
        reader.execute("INSERT INTO clean.departments VALUES ('农业处', 'Agriculture', 'D1', 0, 'departments.csv', 2)");
        assertTrue(catalog.tableExists("clean.departments"), "a write registers its table");
        assertEquals(List.of(List.of(1L)), reader.query("SELECT count(*) FROM clean.departments"));
        assertFalse(catalog.tableExists("clean.payments"));
        assertEquals("region_code", reader.columns("clean.regions").get(0), "columns come from the Delta log's schema");
        reader.execute("ALTER TABLE clean.departments ADD COLUMNS (note STRING)");
        List<String> columns = reader.columns("clean.departments");
        assertEquals("note", columns.get(columns.size() - 1), "and from its latest version after a change");

        List<List<Object>> described = reader.query("DESCRIBE TABLE model.dim_region");
        assertEquals("region_code", described.get(0).get(0), "a view named as it is is made, with the tables it reads");
        assertTrue(catalog.tableExists("model.dim_region"));
    }

    /** A view waits for its first naming, so one over a table not there yet fails then, and is made when the table is. */
    @Test
    void aViewThatCouldNotBeMadeIsTriedAgainByTheNextStatementNamingIt() {
        SparkDeltaEngine engine = SharedSpark.engine(folder);
        engine.execute("CREATE SCHEMA IF NOT EXISTS later");
        engine.execute("CREATE OR REPLACE VIEW later.ids AS SELECT id FROM later.made");

        WarehouseException missing = assertThrows(WarehouseException.class, () -> engine.query("DESCRIBE TABLE later.ids"));
        assertTrue(missing.getMessage().contains("later"), missing.getMessage());
        engine.execute("CREATE TABLE IF NOT EXISTS later.made (id BIGINT)");
        assertEquals("id", engine.query("DESCRIBE TABLE later.ids").get(0).get(0));
    }
}
