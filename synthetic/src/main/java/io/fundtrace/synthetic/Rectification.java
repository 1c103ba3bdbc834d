package io.fundtrace.synthetic;

import java.time.LocalDate;

/** Feedback on a warning (整改反馈). */
record Rectification(String warningId, LocalDate at, String status, String byStaff, String note) {
}
