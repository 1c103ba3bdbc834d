package io.fundtrace.reports.notebook;

/** One part of a notebook, in file order: Markdown text, a SQL cell or a chart of the SQL cell before it. */
public sealed interface NotebookCell permits NotebookCell.Text, NotebookCell.Sql, ChartDirective {
    /** Markdown between the fenced blocks. */
    record Text(String markdown) implements NotebookCell {
    }

    /** A fenced ```sql block; {@code number} counts the SQL cells from 1 and names the cell in the page. */
    record Sql(int number, String query) implements NotebookCell {
    }
}
