package io.fundtrace.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** SQL kept in .sql files on the classpath, found by name, split into statements. */
public final class SqlResource {
    private SqlResource() {
    }

    public static String read(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new WarehouseException("missing SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseException("cannot read SQL resource " + path, e);
        }
    }

    /** Splits a script on semicolons that end a line, after dropping whole-line comments. */
    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The index of the parenthesis that closes the one at open (quotes are not considered: for our own SQL files). */
    public static int closingParenthesis(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new WarehouseException("unbalanced parentheses in: " + sql.lines().findFirst().orElse(""));
    }
}
