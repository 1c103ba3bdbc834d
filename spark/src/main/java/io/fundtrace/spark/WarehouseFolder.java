package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse folder through Hadoop's FileSystem API, so that one code serves a local folder
 * (file://), HDFS (hdfs://) and object stores (s3a://): the Delta tables two levels down
 * (schema/table/_delta_log), their versions read from the commit files' names (a listing, no Spark
 * job), and the small files fundtrace keeps beside the tables (lock, rollback marker, settings).
 */
final class WarehouseFolder {
    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    /** Hadoop's option (and path capability) for a create that the store itself refuses when the file exists. */
    static final String CONDITIONAL_CREATE = Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE;

    private final FileSystem fileSystem;
    private final Path root;

    private WarehouseFolder(FileSystem fileSystem, Path root) {
        this.fileSystem = fileSystem;
        this.root = root;
    }

    /**
     * The folder a location names: a URI with a scheme (hdfs://namenode/warehouse, s3a://bucket/warehouse,
     * file:///data/warehouse) as it is, a plain path as an absolute local path.
     */
    static WarehouseFolder of(String location, Configuration hadoop) {
        String uri = SCHEME.matcher(location).matches() ? location : java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri().toString();
        try {
            Path path = new Path(URI.create(uri));
            FileSystem fileSystem = path.getFileSystem(hadoop);
            return new WarehouseFolder(fileSystem, fileSystem.makeQualified(path));
        } catch (IOException | IllegalArgumentException e) {
            throw new WarehouseException("cannot reach the warehouse " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether the folder itself is there. */
    boolean exists() {
        try {
            return fileSystem.getFileStatus(root).isDirectory();
        } catch (FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new WarehouseException("cannot reach the warehouse " + root + ": " + e.getMessage(), e);
        }
    }

    /** The folder as a qualified URI (file:/data/warehouse, hdfs://namenode:8020/warehouse). */
    String uri() {
        return root.toString();
    }

    /** The folder of table schema.name. */
    String tableLocation(String table) {
        return child(table.replace('.', '/')).toString();
    }

    Path child(String relative) {
        return new Path(root, relative);
    }

    FileSystem fileSystem() {
        return fileSystem;
    }

    /** Every Delta table two levels down as "schema.table", with its latest version, in name order. */
    Map<String, Long> versions() {
        Map<String, Long> out = new TreeMap<>();
        try {
            FileStatus[] logs = fileSystem.globStatus(child("*/*/_delta_log"));
            for (FileStatus log : logs == null ? new FileStatus[0] : logs) {
                Path table = log.getPath().getParent();
                String name = table.getParent().getName() + "." + table.getName();
                latest(log.getPath()).ifPresent(version -> out.put(name, version));
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot list the Delta tables of " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The latest version of one table, if it is a Delta table with a commit. */
    Optional<Long> version(String table) {
        try {
            return latest(new Path(tableLocation(table), "_delta_log"));
        } catch (IOException e) {
            throw new WarehouseException("cannot read the Delta log of " + table + " in " + root + ": " + e.getMessage(), e);
        }
    }

    private Optional<Long> latest(Path log) throws IOException {
        long latest = -1;
        FileStatus[] files;
        try {
            files = fileSystem.listStatus(log);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
        for (FileStatus file : files) {
            Matcher commit = COMMIT.matcher(file.getPath().getName());
            if (commit.matches()) {
                latest = Math.max(latest, Long.parseLong(commit.group(1)));
            }
        }
        return latest < 0 ? Optional.empty() : Optional.of(latest);
    }

    /** The text of a small file, if it is there. */
    Optional<String> read(Path file) {
        try (InputStream in = fileSystem.open(file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Optional.of(bytes.toString(StandardCharsets.UTF_8));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WarehouseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a small file only if no file of that name exists, and returns whether it did: the one
     * step two processes cannot both win. HDFS and a local disk refuse the second create itself. An
     * object store's plain create-if-absent is a check, then a write at close that replaces whatever
     * came in between, so where the store can make the write itself conditional (S3A of Hadoop 3.4.2 or
     * later on S3: a PUT with If-None-Match, refused at close when the object exists) the file is
     * written that way; the loser's close fails and the file is then there.
     */
    boolean createExclusive(Path file, String text) {
        try (FSDataOutputStream out = createIfAbsent(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (exists(file)) {
                return false;
            }
            throw new WarehouseException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether createExclusive's write is itself conditional on this store (as well as the check before it). */
    boolean conditionalCreate(Path file) {
        try {
            return fileSystem.hasPathCapability(file, CONDITIONAL_CREATE);
        } catch (IOException e) {
            throw new WarehouseException("cannot ask " + file + "'s file system what it can do: " + e.getMessage(), e);
        }
    }

    private FSDataOutputStream createIfAbsent(Path file) throws IOException {
        if (conditionalCreate(file)) {
            return (FSDataOutputStream) fileSystem.createFile(file).overwrite(false).must(CONDITIONAL_CREATE, true).build();
        }
        return fileSystem.create(file, false);
    }

    /** Writes a small file whole: written beside it and renamed, so a reader sees the old text or the new, never half. */
    void writeWhole(Path file, String text) {
        Path temporary = new Path(file.getParent(), "." + file.getName() + ".writing");
        try {
            try (FSDataOutputStream out = fileSystem.create(temporary, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            fileSystem.delete(file, false);
            if (!fileSystem.rename(temporary, file)) {
                throw new IOException("rename of " + temporary + " failed");
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    boolean exists(Path file) {
        try {
            return fileSystem.exists(file);
        } catch (IOException e) {
            throw new WarehouseException("cannot look for " + file + ": " + e.getMessage(), e);
        }
    }

    /** The files of a folder, none when it is not there. */
    List<FileStatus> list(Path folder) {
        try {
            return List.of(fileSystem.listStatus(folder));
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new WarehouseException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    void delete(Path path) {
        try {
            fileSystem.delete(path, true);
        } catch (IOException e) {
            throw new WarehouseException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every file of a folder, copied to a local folder (made if needed). */
    void copyToLocal(Path folder, java.nio.file.Path local) {
        copyToLocal(list(folder).stream().filter(FileStatus::isFile).map(FileStatus::getPath).toList(), local);
    }

    /** Files of the warehouse, copied under their own names to a local folder (made if needed). */
    void copyToLocal(List<Path> files, java.nio.file.Path local) {
        try {
            java.nio.file.Files.createDirectories(local);
            for (Path file : files) {
                fileSystem.copyToLocalFile(false, file, new Path(local.resolve(file.getName()).toUri()), true);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot copy " + files.size() + " files of " + root + " to " + local + ": " + e.getMessage(), e);
        }
    }

    /** A local file copied into the warehouse folder, where every executor of a cluster can read it. */
    void copyFromLocal(java.nio.file.Path local, Path target) {
        try {
            fileSystem.copyFromLocalFile(false, true, new Path(local.toAbsolutePath().toUri()), target);
        } catch (IOException e) {
            throw new WarehouseException("cannot copy " + local + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
