package io.fundtrace.cli.users;

import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users of fundtrace serve, one line each: name, role, status (enabled or disabled) and password
 * hash, separated by tabs, under a header line. The file holds password hashes, so it must be readable
 * by its owner only: it is written so (0600, in a 0700 folder when the folder is made here), replaced
 * atomically, and a file that its group or others may read or write is refused, by the server and by
 * the commands alike. Location: --users, else $FUNDTRACE_USERS_FILE, else ~/.config/fundtrace/users.
 */
public final class UsersFile {
    public static final String ENVIRONMENT_VARIABLE = "FUNDTRACE_USERS_FILE";
    private static final String HEADER = "name\trole\tstatus\tpassword";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    /** --users when given, else the environment's file, else ~/.config/fundtrace/users. */
    public static UsersFile at(Path option) {
        if (option != null) {
            return new UsersFile(option);
        }
        String environment = System.getenv(ENVIRONMENT_VARIABLE);
        if (environment != null && !environment.isBlank()) {
            return new UsersFile(Path.of(environment));
        }
        return new UsersFile(Path.of(System.getProperty("user.home"), ".config", "fundtrace", "users"));
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /**
     * What tells one state of the file from the next (a server rereads it when this changes): every write
     * replaces the file, so its identity changes with its time and size; empty when there is none.
     */
    public String version() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.fileKey() + "|" + attributes.lastModifiedTime().toMillis() + "|" + attributes.size();
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new WarehouseException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The users by name, in file order; a missing file holds none. */
    public Map<String, UserAccount> read() {
        Map<String, UserAccount> users = new LinkedHashMap<>();
        if (!exists()) {
            return users;
        }
        requireOwnerOnly();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        for (int number = 2; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            try {
                if (cells.length != 4 || !(cells[2].equals("enabled") || cells[2].equals("disabled"))) {
                    throw new WarehouseException("expected name, role, enabled or disabled, and a password hash");
                }
                UserAccount account = new UserAccount(cells[0], Role.parse(cells[1]), cells[2].equals("enabled"), PasswordHash.parse(cells[3]));
                if (users.put(account.name(), account) != null) {
                    throw new WarehouseException("user " + account.name() + " is listed twice");
                }
            } catch (WarehouseException e) {
                // the line is not shown: it holds a password hash
                throw new WarehouseException("users file " + file + ", line " + number + ": " + e.getMessage(), e);
            }
        }
        return users;
    }

    /** Replaces the file with these users, atomically, readable by its owner only. */
    public void write(Iterable<UserAccount> users) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (UserAccount user : users) {
            text.append(user.name()).append('\t').append(user.role()).append('\t').append(user.enabled() ? "enabled" : "disabled")
                    .append('\t').append(user.password().text()).append('\n');
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (posix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Path temporary = posix() ? Files.createTempFile(folder, ".users-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, ".users-", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot write the users file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file whose group or others may read or write it is refused: its hashes could be taken and guessed offline. */
    public void requireOwnerOnly() {
        if (!posix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(permission -> !OWNER_ONLY.contains(permission) && permission != PosixFilePermission.OWNER_EXECUTE)) {
                throw new WarehouseException("the users file " + file + " may be read or written by others ("
                        + PosixFilePermissions.toString(permissions) + "); it must be its owner's only: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
