package io.fundtrace.reports.notebook;

import java.util.ArrayList;
import java.util.List;

/** Splits a notebook's Markdown into text, ```sql cells and ```chart directives; other fences stay text. */
public final class NotebookParser {
    private NotebookParser() {
    }

    public static List<NotebookCell> parse(String markdown) {
        List<NotebookCell> cells = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder text = new StringBuilder();
        int sqlCells = 0;
        boolean sqlSeen = false;
        int i = 0;
        while (i < lines.length) {
            String fence = lines[i].strip();
            boolean sql = fence.equals("```sql");
            boolean chart = fence.equals("```chart");
            if (!sql && !chart) {
                text.append(lines[i]).append('\n');
                i++;
                continue;
            }
            int opening = i + 1;
            StringBuilder body = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].strip().equals("```")) {
                body.append(lines[i]).append('\n');
                i++;
            }
            if (i == lines.length) {
                throw new IllegalArgumentException("the block opened at line " + opening + " is not closed with ```");
            }
            i++;
            addText(cells, text);
            if (sql) {
                sqlCells++;
                sqlSeen = true;
                cells.add(new NotebookCell.Sql(sqlCells, body.toString().strip()));
            } else {
                if (!sqlSeen) {
                    throw new IllegalArgumentException("chart at line " + opening + " has no SQL cell before it");
                }
                cells.add(ChartDirective.parse(body.toString(), opening));
            }
        }
        addText(cells, text);
        return List.copyOf(cells);
    }

    private static void addText(List<NotebookCell> cells, StringBuilder text) {
        if (!text.toString().isBlank()) {
            cells.add(new NotebookCell.Text(text.toString()));
        }
        text.setLength(0);
    }
}
