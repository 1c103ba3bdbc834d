package io.fundtrace.ingest;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads one drop folder into the warehouse as one batch in one transaction: raw, then per entity
 * validation into the quarantine and a keyed merge into clean, then the audit. A failure or a killed
 * process leaves the warehouse as it was. The first ingest into a new warehouse also loads the shipped
 * reference defaults, as batch 0, in the same transaction.
 */
public final class Ingest {
    static final String SHIPPED_FOLDER_NAME = "(shipped reference)";

    private final Contract contract = Contract.load();
    private final IngestParameters parameters = IngestParameters.load();
    private final IngestListener listener;

    public Ingest() {
        this(IngestListener.NONE);
    }

    /** An ingest that tells the listener where it is (tests stop a load at a known point with it). */
    public Ingest(IngestListener listener) {
        this.listener = listener;
    }

    public IngestReport ingest(Warehouse warehouse, Path dropFolder, LocalDate today) {
        return ingest(DuckDbEngine.over(warehouse), dropFolder, today);
    }

    /** The same load on any engine: one transaction on DuckDB; on Delta, every table restored to its version if it fails. */
    public IngestReport ingest(Engine engine, Path dropFolder, LocalDate today) {
        if (!Files.isDirectory(dropFolder)) {
            throw new WarehouseException("drop folder " + dropFolder + " does not exist or is not a folder");
        }
        Map<String, String> malformed = new LinkedHashMap<>();
        while (true) {
            try {
                return ingestOnce(engine, dropFolder, today, malformed);
            } catch (MalformedCsvException e) {
                malformed.put(e.file(), e.getMessage());
            }
        }
    }

    private IngestReport ingestOnce(Engine engine, Path dropFolder, LocalDate today, Map<String, String> malformed)
            throws MalformedCsvException {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("fundtrace-ingest-");
            Path work = temp;
            Sql sql = new Sql(engine);
            return engine.atomically(() -> load(sql, dropFolder, today, work, malformed));
        } catch (MalformedCsvException e) {
            // the failed read ended the transaction: the batch starts again with the file refused
            throw e;
        } catch (Exception e) {
            throw failed(dropFolder, e);
        } finally {
            FileTrees.deleteQuietly(temp);
        }
    }

    private IngestReport load(Sql sql, Path dropFolder, LocalDate today, Path temp, Map<String, String> malformed)
            throws IOException, MalformedCsvException {
        IngestSchema.create(sql, contract);
        AuditLog audit = new AuditLog(sql);
        if (audit.nextBatchId() == 0) {
            Path shipped = ShippedReference.copyTo(temp.resolve("shipped"));
            IngestReport reference = loadBatch(sql, audit, 0, shipped, SHIPPED_FOLDER_NAME, today, temp, Map.of());
            sql.engine().csvTextView("departments_source", shipped.resolve("departments.csv"), 3);
            sql.template("load/departments.sql", Map.of());
            checkBalanced(reference);
        }
        IngestReport report = loadBatch(sql, audit, audit.nextBatchId(), dropFolder, dropFolder.toAbsolutePath().normalize().toString(),
                today, temp, malformed);
        checkBalanced(report);
        listener.batchLoaded(sql.engine(), report);
        return report;
    }

    private static WarehouseException failed(Path dropFolder, Throwable e) {
        return new WarehouseException("ingest of " + dropFolder + " failed, nothing was loaded: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }

    private IngestReport loadBatch(Sql sql, AuditLog audit, long batchId, Path folder, String folderName, LocalDate today, Path temp,
                                   Map<String, String> malformed) throws IOException, MalformedCsvException {
        Instant started = Instant.now();
        SourceDecoder decoder = new SourceDecoder(temp, parameters.maxRecordBytes());
        RawLoader rawLoader = new RawLoader(sql);
        Map<String, FileReport> reports = new LinkedHashMap<>();
        // per entity, its loaded files in name order with the records the scanner counted in each
        Map<String, Map<String, Long>> loadedFiles = new HashMap<>();
        // per entity and file, the records of another width than the file's header
        Map<String, Map<String, List<RaggedRecord>>> raggedRecords = new HashMap<>();
        Set<String> entitiesWithControlCharacters = new HashSet<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        Set<String> loadedBefore = audit.loadedFiles();
        List<Path> folderFiles = files(folder);
        List<Path> contractFiles = folderFiles.stream().filter(file -> !Files.isSymbolicLink(file)
                && contract.entityOfFile(file.getFileName().toString()).isPresent()).toList();
        try (FilesAhead ahead = new FilesAhead(contractFiles, decoder,
                (name, sha256) -> !loadedBefore.contains(sha256) && !malformed.containsKey(name))) {
            for (Path file : folderFiles) {
                String name = file.getFileName().toString();
                Optional<ContractEntity> entity = contract.entityOfFile(name);
                if (Files.isSymbolicLink(file)) {
                    // a link may point anywhere (/etc/passwd): a drop holds its files, so nothing is read through one
                    reports.put(name, new FileReport(name, entity.map(ContractEntity::name).orElse(null), null, "", "refused",
                            name + ": refused: a symbolic link (to " + Files.readSymbolicLink(file) + "); expected the file itself in the drop folder",
                            0, 0, 0, 0, 0, null));
                    continue;
                }
                if (entity.isEmpty()) {
                    if (!(batchId == 0 && name.equals("departments.csv"))) {
                        reports.put(name, new FileReport(name, null, null, SourceDecoder.sha256(file), "unknown_entity",
                                "the file name starts with no contract entity", 0, 0, 0, 0, 0, null));
                    }
                    continue;
                }
                long start = System.nanoTime();
                FilesAhead.Read read = ahead.get(file);
                String sha256 = read.sha256();
                if (loadedBefore.contains(sha256)) {
                    reports.put(name, new FileReport(name, entity.get().name(), null, sha256, "skipped",
                            "the same bytes were loaded before", 0, 0, 0, 0, 0, null));
                    continue;
                }
                if (malformed.containsKey(name)) {
                    reports.put(name, new FileReport(name, entity.get().name(), null, sha256, "refused", malformed.get(name), 0, 0, 0, 0, 0, null));
                    continue;
                }
                if (read.refused() != null) {
                    reports.put(name, new FileReport(name, entity.get().name(), read.refused().encoding(), sha256,
                            "refused", read.refused().getMessage(), 0, 0, 0, 0, 0, null));
                    continue;
                }
                DecodedFile decoded = read.decoded();
                try {
                    rawLoader.load(entity.get(), decoded, batchId);
                    loadedFiles.computeIfAbsent(entity.get().name(), key -> new LinkedHashMap<>()).put(name, decoded.layout().records());
                    if (!decoded.layout().ragged().isEmpty()) {
                        raggedRecords.computeIfAbsent(entity.get().name(), key -> new LinkedHashMap<>()).put(name, decoded.layout().ragged());
                    }
                    if (decoded.layout().controlCharacters()) {
                        entitiesWithControlCharacters.add(entity.get().name());
                    }
                    reports.put(name, new FileReport(name, entity.get().name(), decoded.encoding(), sha256, "loaded", null, 0, 0, 0, 0, 0,
                            headerLanguage(entity.get(), decoded)));
                    millis.put(name, (System.nanoTime() - start) / 1_000_000);
                } catch (FileRefusedException refused) {
                    reports.put(name, new FileReport(name, entity.get().name(), decoded.encoding(), sha256,
                            "refused", refused.getMessage(), 0, 0, 0, 0, 0, null));
                }
            }
        }
        listener.filesReadInsideTransaction();
        long released = 0;
        Set<String> holdingRows = entitiesHoldingRows(sql);
        for (ContractEntity entity : contract.entities()) {
            Map<String, Long> records = loadedFiles.getOrDefault(entity.name(), Map.of());
            boolean hasFiles = !records.isEmpty();
            if (!hasFiles && !holdingRows.contains(entity.name())) {
                continue;
            }
            long start = System.nanoTime();
            List<String> files = List.copyOf(records.keySet());
            EntityLoad.Result result = new EntityLoad(sql, entity, batchId, today.toString(), parameters.eventDateWindowStart().toString(),
                    records, raggedRecords.getOrDefault(entity.name(), Map.of()), holdingRows.contains(entity.name()),
                    entitiesWithControlCharacters.contains(entity.name())).run();
            released += result.released();
            long spent = (System.nanoTime() - start) / 1_000_000;
            for (String name : files) {
                FileReport loaded = reports.get(name);
                reports.put(name, new FileReport(name, entity.name(), loaded.encoding(), loaded.sha256(), "loaded", null,
                        result.read().getOrDefault(name, 0L), result.loaded().getOrDefault(name, 0L),
                        result.replaced().getOrDefault(name, 0L), result.quarantined().getOrDefault(name, 0L),
                        millis.get(name) + spent / Math.max(files.size(), 1), loaded.headerLanguage()));
            }
        }
        IngestReport report = new IngestReport(batchId, new ArrayList<>(reports.values()), released);
        audit.record(report, folderName, today, started);
        return report;
    }

    /** zh when any header is a Chinese alias (a real export), else en. */
    private static String headerLanguage(ContractEntity entity, DecodedFile file) {
        return file.header().stream().anyMatch(header -> entity.columns().stream()
                .anyMatch(column -> column.alias().equalsIgnoreCase(header.strip()) || column.matchesSharedAlias(header))) ? "zh" : "en";
    }

    /** Entities with rows held for a reference that a later batch may bring: they are validated again. */
    private static Set<String> entitiesHoldingRows(Sql sql) {
        return new HashSet<>(sql.strings("SELECT DISTINCT entity FROM quarantine.rows WHERE released_batch_id IS NULL"
                + " AND substr(rule, 1, 8) = 'unknown_'"));
    }

    /**
     * The folder's files and symbolic links (to be refused), not following any link; hidden files too: the
     * contract reports every file that names no entity, and a file an editor or a copy left is one.
     */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
    }

    /** Rows read = loaded + quarantined for every file; anything else is a bug, so the batch is not committed. */
    private static void checkBalanced(IngestReport report) {
        for (FileReport file : report.files()) {
            if (file.rowsRead() != file.rowsLoaded() + file.rowsQuarantined()) {
                throw new IllegalStateException("rows do not balance for " + file.file() + ": read " + file.rowsRead()
                        + " != loaded " + file.rowsLoaded() + " + quarantined " + file.rowsQuarantined());
            }
        }
    }
}
