package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected lifecycle of a month-by-month run (rules.md v1.2 "Warning lifecycle"), worked out by the
 * generator from what it planted: after each month's cycle, every warning known as of the month end E (hitting,
 * or dispatched by E) with its status, dispatch, due date, status date and overdue days; and the feedback
 * log at the last month end. The feedback is replayed row by row in `at` order from open, as rules.md
 * words it - not the marts' set-based SQL - so that the two readings can be compared.
 */
final class LifecycleKey {
    private static final int RECTIFY_DAYS_ORANGE = 30;
    private static final int RECTIFY_DAYS_YELLOW = 60;
    private static final Set<String> CLOSED = Set.of("rectified", "confirmed_normal");

    record Row(LocalDate monthEnd, String warningId, String status, LocalDate dispatchedOn, LocalDate dueOn,
            LocalDate statusOn, Integer overdueDays) {
    }

    record Judged(Rectification feedback, String outcome, String reason, String statusBefore, String statusAfter) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Judged> feedbackLog = new ArrayList<>();

    LifecycleKey(MonthRange range, MonthEndHits hits, Dispatches dispatches, List<Rectification> feedback) {
        Map<String, List<Rectification>> byWarning = new HashMap<>();
        for (Rectification row : feedback) {
            byWarning.computeIfAbsent(row.warningId(), id -> new ArrayList<>()).add(row);
        }
        byWarning.values().forEach(list -> list.sort(Comparator.comparing(Rectification::at)));
        for (int month = 0; month < range.size(); month++) {
            LocalDate end = range.end(month);
            Map<String, String> hitting = hits.levels(month);
            Set<String> known = new TreeSet<>(hitting.keySet());
            for (Map.Entry<String, Dispatches.Dispatch> dispatch : dispatches.all().entrySet()) {
                if (dispatch.getValue().month() <= month) {
                    known.add(dispatch.getKey());
                }
            }
            boolean last = month == range.size() - 1;
            for (String id : known) {
                Dispatches.Dispatch dispatch = dispatches.of(id);
                boolean dispatched = dispatch != null && dispatch.month() <= month;
                String level = dispatched ? dispatch.level() : hitting.get(id);
                LocalDate dispatchedOn = dispatched ? range.end(dispatch.month()) : null;
                LocalDate dueOn = dueOn(dispatchedOn, level);
                Replay replay = new Replay(level);
                for (Rectification row : byWarning.getOrDefault(id, List.of())) {
                    if (!row.at().isAfter(end)) {
                        Judged judged = replay.apply(row);
                        if (last) {
                            feedbackLog.add(judged);
                        }
                    }
                }
                String status = CLOSED.contains(replay.status) ? replay.status
                        : dispatched && !hitting.containsKey(id) ? "resolved_by_data"
                        : !replay.status.equals("open") ? replay.status
                        : dispatched ? "open" : "new";
                LocalDate statusOn = Set.of("rectified", "confirmed_normal", "confirmed_violation", "rectifying").contains(status)
                        ? replay.statusOn : null;
                Integer overdue = Set.of("open", "confirmed_violation", "rectifying").contains(status) && dueOn != null
                        && end.isAfter(dueOn) ? (int) ChronoUnit.DAYS.between(dueOn, end) : null;
                rows.add(new Row(end, id, status, dispatchedOn, dueOn, statusOn, overdue));
            }
            if (last) {
                for (Map.Entry<String, List<Rectification>> entry : byWarning.entrySet()) {
                    if (!known.contains(entry.getKey())) {
                        for (Rectification row : entry.getValue()) {
                            if (!row.at().isAfter(end)) {
                                feedbackLog.add(new Judged(row, "rejected", "unknown_warning", null, null));
                            }
                        }
                    }
                }
                feedbackLog.sort(Comparator.comparing((Judged j) -> j.feedback().warningId()).thenComparing(j -> j.feedback().at()));
            }
        }
    }

    /** One warning's feedback applied in `at` order from open (rules.md, Feedback). */
    private static final class Replay {
        private final String level;
        String status = "open";
        LocalDate statusOn;

        Replay(String level) {
            this.level = level;
        }

        Judged apply(Rectification row) {
            String before = status;
            String reason = CLOSED.contains(status) ? "after_closed"
                    : !allowed(status, row.status()) ? "bad_transition"
                    : level.equals("orange") && CLOSED.contains(row.status()) && (row.evidence() == null || row.evidence().isBlank())
                    ? "no_evidence" : null;
            if (reason != null) {
                return new Judged(row, "rejected", reason, before, before);
            }
            if (!row.status().equals(status)) {
                status = row.status();
                statusOn = row.at();
            }
            return new Judged(row, "accepted", null, before, status);
        }

        /** open -> any; confirmed_violation -> rectifying or rectified; rectifying -> rectified; a repeat is allowed. */
        private static boolean allowed(String from, String to) {
            return from.equals("open") || from.equals(to)
                    || from.equals("confirmed_violation") && (to.equals("rectifying") || to.equals("rectified"))
                    || from.equals("rectifying") && to.equals("rectified");
        }
    }

    private static LocalDate dueOn(LocalDate dispatchedOn, String level) {
        if (dispatchedOn == null) {
            return null;
        }
        return switch (level) {
            case "orange" -> dispatchedOn.plusDays(RECTIFY_DAYS_ORANGE);
            case "yellow" -> dispatchedOn.plusDays(RECTIFY_DAYS_YELLOW);
            default -> null;
        };
    }

    List<Row> rows() {
        return rows;
    }

    List<Judged> feedbackLog() {
        return feedbackLog;
    }
}
