package io.fundtrace.reports.notebook;

import java.nio.file.Path;
import java.util.List;

/** What a notebook run wrote, and how many of its SQL cells the gate refused or failed. */
public record NotebookOutput(Path html, List<Path> charts, int sqlCells, int refusedCells) {
}
