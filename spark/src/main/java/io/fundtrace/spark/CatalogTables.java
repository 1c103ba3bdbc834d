package io.fundtrace.spark;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's default catalog lives in memory, so a warehouse table must be registered in it before a
 * statement sent to Spark names it. Registering reads the table's Delta log (about 60 ms a table, 5 s for
 * a warehouse's 81 tables), and most statements never need it: reads go to views of the tables' files
 * (TableViews). So a table is registered the first time a statement names it as it is - a reader
 * registers none, an ingest only the tables it writes. Persistent views (the model layer) wait the same
 * way: the engine reads them through temporary twins, so one is made in the catalog only when a
 * statement names it.
 */
final class CatalogTables {
    private final SparkSession session;
    private final Function<String, String> location;
    private final Set<String> registered = new HashSet<>();
    private final Set<String> schemas = new HashSet<>();
    /** View name to its CREATE VIEW statement, for the persistent views not yet made in this engine. */
    private final Map<String, String> waitingViews = new LinkedHashMap<>();

    CatalogTables(SparkSession session, Function<String, String> location) {
        this.session = session;
        this.location = location;
    }

    /**
     * Registers every warehouse table the statement names (existing says which names are tables in the
     * warehouse folder) and makes every waiting view it names, with the tables and views that view reads.
     */
    void prepare(String sql, Predicate<String> existing) {
        for (String name : StatementText.names(sql)) {
            // out of the waiting ones while made, as its own statement names it too
            String view = waitingViews.remove(name);
            if (view != null) {
                boolean made = false;
                try {
                    prepare(view, existing);
                    createSchema(name);
                    session.sql(view).collect();
                    made = true;
                } finally {
                    if (!made) {
                        // a view that could not be made is tried again by the next statement naming it
                        waitingViews.put(name, view);
                    }
                }
                registered.add(name);
            } else if (existing.test(name) && !registered.contains(name)) {
                register(name);
            }
        }
    }

    /** A persistent view is made in the catalog when a statement names it, not now (see the class comment). */
    void deferView(String name, String createStatement) {
        waitingViews.put(name, createStatement);
        registered.remove(name);
    }

    boolean isWaitingView(String name) {
        return waitingViews.containsKey(name);
    }

    /** The table was dropped (or never made): the next statement naming it registers it again if it is there. */
    void forget(String table) {
        registered.remove(table);
    }

    private void register(String table) {
        if (!session.catalog().tableExists(table)) {
            createSchema(table);
            session.sql("CREATE TABLE IF NOT EXISTS " + table + " USING DELTA LOCATION '" + location.apply(table) + "'").collect();
        }
        registered.add(table);
    }

    private void createSchema(String name) {
        String schema = name.substring(0, name.indexOf('.'));
        if (schemas.add(schema)) {
            session.sql("CREATE DATABASE IF NOT EXISTS " + schema).collect();
        }
    }
}
