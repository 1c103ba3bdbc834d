package io.fundtrace.reports;

/**
 * What makes a notice (通报) an official document rather than a report page: its 文号-style number under
 * the title, the addressee (主送), the opening paragraph, and the issuer with the date at the end.
 */
public record Letterhead(String documentNumber, String addressee, String opening, String issuer, String date) {
    /** The finance office of a region as a letter addresses it: 财政部 for the centre, a province's 财政厅, else 财政局. */
    public static String financeOffice(String regionName, String level) {
        return switch (level == null ? "" : level) {
            case "central" -> "财政部";
            case "province" -> regionName + "财政厅";
            default -> regionName + "财政局";
        };
    }
}
