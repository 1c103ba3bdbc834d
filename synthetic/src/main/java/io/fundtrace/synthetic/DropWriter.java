package io.fundtrace.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes the entity files of a drop, appends the dirty rows to each entity's last file and counts what it wrote. */
final class DropWriter {
    record DirtyLine(String file, int line, String rule) {
    }

    private final Path folder;
    private final GeneratorOptions options;
    private final ContractColumns contract;
    private final Map<String, List<DirtyRows.DirtyRow>> dirtyByEntity;
    private final List<SyntheticDrop.WrittenFile> files = new ArrayList<>();
    private final List<DirtyLine> dirtyLines = new ArrayList<>();

    DropWriter(Path folder, GeneratorOptions options, ContractColumns contract,
            Map<String, List<DirtyRows.DirtyRow>> dirtyByEntity) {
        this.folder = folder;
        this.options = options;
        this.contract = contract;
        this.dirtyByEntity = dirtyByEntity;
    }

    <T> void write(String entity, String fileName, List<T> items, Function<T, Map<String, String>> toRow) {
        write(entity, fileName, items, toRow, true);
    }

    <T> void write(String entity, String fileName, List<T> items, Function<T, Map<String, String>> toRow, boolean last) {
        CsvFile file = open(entity, fileName);
        for (T item : items) {
            file.write(toRow.apply(item));
        }
        close(entity, file, last);
    }

    CsvFile open(String entity, String fileName) {
        return CsvFile.forEntity(folder, fileName, contract.of(entity), options);
    }

    /** Closes an entity file; the last file of an entity first gets that entity's dirty rows. */
    void close(String entity, CsvFile file, boolean last) {
        int dirty = 0;
        List<DirtyRows.DirtyRow> rows = last ? dirtyByEntity.remove(entity) : null;
        if (rows != null) {
            for (DirtyRows.DirtyRow row : rows) {
                dirtyLines.add(new DirtyLine(file.fileName(), row.unquoted() ? file.writeUnquoted(row.row()) : file.write(row.row()),
                        row.rule()));
                dirty++;
            }
        }
        file.close();
        files.add(new SyntheticDrop.WrittenFile(file.fileName(), entity, file.dataRows(), file.dataRows() - dirty));
    }

    List<SyntheticDrop.WrittenFile> files() {
        return files;
    }

    List<DirtyLine> dirtyLines() {
        return dirtyLines;
    }
}
