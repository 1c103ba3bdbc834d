package io.fundtrace.warehouse.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse takes the first payee secret used with it and refuses any other, in a build and in the gate. */
final class PayeeSecretBindingTest {
    private static final String INSTALLATION = "5c0f3e9a7b12d48e6f0a93c1b7d25e8409f6a1c3e7b5d9021a8c4f6e3b7d0a95";
    private static final String CHOSEN = "d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";

    @TempDir
    Path folder;

    @Test
    void theFirstSecretIsRecordedAndAnotherIsRefused() throws Exception {
        try (Warehouse warehouse = Warehouse.open(folder.resolve("w.duckdb"))) {
            DuckDbEngine engine = DuckDbEngine.over(warehouse);
            PayeeKeyring installation = PayeeKeyring.open(keyFile("installation", INSTALLATION));
            PayeeSecretBinding.bind(engine, installation);
            PayeeSecretBinding.bind(engine, installation);
            assertEquals(List.of(List.of(installation.fingerprint())), engine.query("SELECT fingerprint FROM audit.payee_secret"));
            WarehouseException refused = assertThrows(WarehouseException.class,
                    () -> PayeeSecretBinding.bind(engine, PayeeKeyring.open(keyFile("chosen", CHOSEN))));
            assertNothingSecretIn(refused.getMessage());
            assertEquals(1, engine.query("SELECT fingerprint FROM audit.payee_secret").size());
        }
    }

    /** The gate binds a warehouse no build has bound yet, then refuses a gate under another secret. */
    @Test
    void theGateBindsAnUnboundWarehouseAndRefusesAChosenSecret() throws Exception {
        Path warehouse = GateFixture.warehouse(folder);
        Path installation = keyFile("installation", INSTALLATION);
        try (SqlGate gate = SqlGate.open(warehouse, Role.parse("analyst"), installation, new QueryLog(folder.resolve("log.jsonl")))) {
            assertFalse(gate.query("SELECT payee_key FROM model.fact_payment").rows().isEmpty());
        }
        try (Warehouse opened = Warehouse.open(warehouse)) {
            assertEquals(List.of(List.of(PayeeKeyring.open(installation).fingerprint())),
                    DuckDbEngine.over(opened).query("SELECT fingerprint FROM audit.payee_secret"));
        }
        WarehouseException refused = assertThrows(WarehouseException.class, () -> SqlGate.open(warehouse, Role.parse("analyst"),
                keyFile("chosen", CHOSEN), new QueryLog(folder.resolve("log.jsonl"))));
        assertNothingSecretIn(refused.getMessage());
        try (SqlGate again = SqlGate.open(warehouse, Role.parse("pfo"), installation, new QueryLog(folder.resolve("log.jsonl")))) {
            assertEquals(7L, again.query("SELECT count(*) FROM model.fact_payment").rows().get(0).get(0));
        }
    }

    private void assertNothingSecretIn(String message) {
        assertTrue(message.contains("not the one this warehouse is bound to"), message);
        assertFalse(message.contains("\n"), message);
        for (String secret : List.of(INSTALLATION, CHOSEN, INSTALLATION.substring(0, 16), CHOSEN.substring(0, 16))) {
            assertFalse(message.contains(secret), message);
        }
    }

    private Path keyFile(String name, String hex) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, hex + "\n");
        return file;
    }
}
