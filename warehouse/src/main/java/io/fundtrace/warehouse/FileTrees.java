package io.fundtrace.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The one recursive delete of the project: scratch folders, fresh warehouses, dropped Delta tables. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes a file or a folder with everything in it; a missing path is fine, a failure is an error. */
    public static void delete(Path root) {
        if (root == null || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // a link is deleted, never followed: what it points to is not ours
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }

    /** The same for scratch space, where a folder left behind is harmless and must not hide the real outcome. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (WarehouseException ignored) {
            // left behind in the temp folder
        }
    }
}
