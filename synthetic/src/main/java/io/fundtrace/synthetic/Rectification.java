package io.fundtrace.synthetic;

import java.time.LocalDate;

/** Feedback on a warning (整改反馈); evidence is the reference of the 佐证材料, empty when none came with it. */
record Rectification(String warningId, LocalDate at, String status, String byStaff, String note, String evidence) {
}
