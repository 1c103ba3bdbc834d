package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;

/**
 * A table version's own Parquet files, copied as they are into a local folder for a DuckDB snapshot
 * (reports, listings): no Spark job. Writing the version out again through Spark costs a job per
 * table, and a report's snapshot copies some forty tables. Taken only when the files are exactly the
 * version's rows: plain Parquet (no partitions, column mapping or deletion vectors: LiveFiles), at least
 * one file, and every file holding the version's columns by name and in order - a file written before
 * a column was added would be read by DuckDB as it is, where Delta reads the missing column as null.
 */
final class VersionFileCopy {
    private VersionFileCopy() {
    }

    /** Copies the files into target (made if needed) and says true, or copies nothing and says false. */
    static boolean copy(WarehouseFolder folder, LiveFiles files, java.nio.file.Path target) {
        if (!files.plainParquet() || files.paths().isEmpty()) {
            return false;
        }
        List<Path> paths = files.paths().stream().map(Path::new).toList();
        try {
            for (Path path : paths) {
                if (!columns(folder.fileSystem(), path).equals(files.columns())) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot read the Parquet footers of version " + files.version() + ": " + e.getMessage(), e);
        }
        folder.copyToLocal(paths, target);
        return true;
    }

    /** The top-level columns a Parquet file's footer names, in order. */
    private static List<String> columns(FileSystem fileSystem, Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, fileSystem.getConf()))) {
            return reader.getFooter().getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList();
        }
    }
}
