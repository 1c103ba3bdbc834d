package io.fundtrace.cli.load;

import io.fundtrace.synthetic.SyntheticDrop;
import java.io.PrintWriter;

/** Prints what a generated drop holds: one line per file and the keys a tester compares against. */
public final class DropReport {
    private DropReport() {
    }

    public static void print(PrintWriter out, SyntheticDrop.Summary summary) {
        out.println("Wrote the drop to " + summary.folder().toAbsolutePath().normalize());
        out.printf("  %-32s %-20s %10s %10s%n", "file", "entity", "rows", "clean");
        long rows = 0;
        for (SyntheticDrop.WrittenFile file : summary.files()) {
            out.printf("  %-32s %-20s %10d %10d%n", file.file(), file.entity().isEmpty() ? "(key/meta)" : file.entity(),
                    file.rows(), file.cleanRows());
            rows += file.entity().isEmpty() ? 0 : file.rows();
        }
        out.println("  " + rows + " data rows; last event date " + summary.lastEventDate() + " (ingest with --today "
                + summary.lastEventDate() + ", build with --as-of " + summary.lastEventDate() + ")");
        out.println("  _keys/answer_key.csv: " + summary.warnings() + " warnings planted; _keys/dirty_key.csv: " + summary.dirtyRows()
                + " malformed rows to be quarantined");
        out.flush();
    }

    /** A monthly drop: one line per month folder, then the keys. */
    public static void print(PrintWriter out, SyntheticDrop.MonthlySummary summary) {
        out.println("Wrote the monthly drop to " + summary.folder().toAbsolutePath().normalize());
        out.printf("  %-10s %6s %10s%n", "folder", "files", "rows");
        long rows = 0;
        for (SyntheticDrop.MonthFolder month : summary.months()) {
            out.printf("  %-10s %6d %10d%n", month.month() + "/", month.files(), month.rows());
            rows += month.rows();
        }
        out.println("  " + rows + " data rows in " + summary.months().size() + " month folders; last event date "
                + summary.lastEventDate() + " (run them with `fundtrace cycle --inbox " + summary.folder() + " --from "
                + summary.months().get(0).month() + " --to " + summary.months().get(summary.months().size() - 1).month() + "`)");
        out.println("  _keys/answer_key.csv: " + summary.warnings() + " warnings as of the last date; _keys/lifecycle_key.csv: "
                + summary.lifecycleRows() + " month-end rows; _keys/feedback_key.csv: " + summary.feedbackRows() + " feedback rows");
        out.flush();
    }
}
