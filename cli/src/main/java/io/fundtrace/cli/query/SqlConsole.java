package io.fundtrace.cli.query;

import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.DataDictionary;
import io.fundtrace.warehouse.gate.SqlGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive side of `fundtrace sql`: line editing and a history file (JLine); a query may span
 * lines and ends with a semicolon; backslash commands act at once.
 */
public final class SqlConsole {
    private static final String HELP = "\\d  published tables | \\d NAME  its columns | \\q  quit | a query ends with ;";

    private final SqlGate gate;
    private final OutputFormat format;
    private final int limit;
    private final PrintWriter out;
    private final TableListing listing;

    SqlConsole(SqlGate gate, OutputFormat format, int limit, PrintWriter out) {
        this.gate = gate;
        this.format = format;
        this.limit = limit;
        this.out = out;
        this.listing = new TableListing(gate.tables(), DataDictionary.load());
    }

    void run() {
        Path history = Path.of(System.getProperty("user.home"), ".config", "fundtrace", "sql-history");
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Files.createDirectories(history.getParent());
            // SQL needs its backslashes (\d) and exclamation marks (!=) as typed: no escapes, no history expansion.
            DefaultParser parser = new DefaultParser();
            parser.setEscapeChars(new char[0]);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("fundtrace").parser(parser)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .variable(LineReader.HISTORY_FILE, history).build();
            out.println("fundtrace sql as " + gate.role() + "  (" + HELP + ")");
            StringBuilder pending = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(pending.isEmpty() ? "fundtrace(" + gate.role() + ")> " : "   ...> ");
                } catch (UserInterruptException interrupted) {
                    pending.setLength(0);
                    continue;
                } catch (EndOfFileException end) {
                    return;
                }
                String trimmed = line.strip();
                if (pending.isEmpty() && trimmed.startsWith("\\")) {
                    if (!command(trimmed)) {
                        return;
                    }
                    continue;
                }
                pending.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    execute(pending.toString());
                    pending.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot open the console: " + e.getMessage(), e);
        }
    }

    /** False when the user quits. */
    private boolean command(String command) {
        String[] words = command.split("\\s+", 2);
        try {
            switch (words[0]) {
                case "\\q" -> {
                    return false;
                }
                case "\\d" -> OutputFormat.table.write(words.length == 1 ? listing.tables() : listing.columns(words[1]), out);
                default -> out.println(HELP);
            }
        } catch (WarehouseException e) {
            out.println(e.getMessage());
        }
        return true;
    }

    private void execute(String text) {
        try {
            ResultTable result = gate.query(text, limit);
            format.write(result, out);
            if (result.truncated()) {
                out.println("(showing the first " + limit + " rows; start with --limit N to see more)");
            }
        } catch (WarehouseException e) {
            out.println(e.getMessage());
        }
    }
}
