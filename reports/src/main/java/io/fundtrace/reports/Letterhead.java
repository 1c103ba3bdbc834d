package io.fundtrace.reports;

/**
 * What makes a notice (通报) an official document rather than a report page: its 文号-style number under
 * the title, the addressee (主送), the opening paragraph, and the issuer with the date at the end.
 */
public record Letterhead(String documentNumber, String addressee, String opening, String issuer, String date) {
}
