package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Turns model records into contract rows (column name -> cell), in the formats of the contract. */
final class EntityRows {
    private final CellFormats formats;
    private LocalDate latestEventDate = LocalDate.MIN;

    EntityRows(CellFormats formats) {
        this.formats = formats;
    }

    /** The latest event date of the clean rows turned into cells so far: the drop's last date. */
    LocalDate latestEventDate() {
        return latestEventDate;
    }

    private String event(LocalDate date) {
        if (date != null && date.isAfter(latestEventDate)) {
            latestEventDate = date;
        }
        return formats.date(date);
    }

    Map<String, String> region(ReferenceData.Region region) {
        return Map.of("region_code", region.code(), "name", region.name(), "level", region.level(),
                "parent_code", region.parent());
    }

    /** Reference dates in ISO form: they are no events, so they leave the drop's last date alone. */
    Map<String, String> povertyStatus(ReferenceData.PovertyStatus status) {
        return Map.of("region_code", status.region(), "status", status.status(), "valid_from", status.validFrom().toString(),
                "valid_to", status.validTo() == null ? "" : status.validTo().toString());
    }

    Map<String, String> fund(ReferenceData.Fund fund) {
        Map<String, String> row = new HashMap<>();
        row.put("fund_code", fund.code());
        row.put("name", fund.name());
        row.put("origin", fund.origin());
        row.put("department", fund.department());
        row.put("classified", "N");
        row.put("scope_profile", fund.scopeProfile());
        return row;
    }

    Map<String, String> indicator(Indicator indicator) {
        Map<String, String> row = new HashMap<>();
        row.put("indicator_id", indicator.id());
        row.put("fiscal_year", Integer.toString(indicator.fiscalYear()));
        row.put("doc_no", indicator.docNo());
        row.put("parent_indicator_id", indicator.parentId());
        row.put("fund_code", indicator.fundCode());
        row.put("issuer_region", indicator.issuer());
        row.put("recipient_region", indicator.recipient());
        row.put("amount", formats.amount(indicator.amount()));
        boolean povertyShown = indicator.povertyAmount().compareTo(indicator.amount()) != 0
                || indicator.id().hashCode() % 3 == 0;
        row.put("poverty_amount", povertyShown ? formats.amount(indicator.povertyAmount()) : null);
        row.put("doc_date", event(indicator.docDate()));
        row.put("received_date", event(indicator.receivedDate()));
        row.put("func_class", indicator.funcClass());
        row.put("exempt", indicator.exempt() ? "Y" : indicator.id().hashCode() % 2 == 0 ? "N" : null);
        row.put("attachment", indicator.attached() ? "scan/" + indicator.fiscalYear() + "/" + indicator.id() + ".pdf" : null);
        row.put("handler_id", indicator.handler());
        row.put("reviewer_id", indicator.reviewer());
        return row;
    }

    Map<String, String> project(Project project) {
        Map<String, String> row = new HashMap<>();
        row.put("project_id", project.id());
        row.put("county_code", project.county());
        row.put("name", project.name());
        row.put("category", project.category());
        row.put("in_plan", project.inPlan() ? "Y" : "N");
        row.put("approved_date", formats.date(project.approvedDate()));
        row.put("status", project.status());
        row.put("start_date", formats.date(project.startDate()));
        row.put("end_date", formats.date(project.endDate()));
        row.put("implementing_unit", project.implementingUnit());
        row.put("budget", project.budget() == null ? null : formats.amount(project.budget()));
        return row;
    }

    Map<String, String> allocation(Allocation allocation) {
        Map<String, String> row = new HashMap<>();
        row.put("allocation_id", allocation.id());
        row.put("indicator_id", allocation.indicatorId());
        row.put("project_id", allocation.projectId());
        row.put("amount", formats.amount(allocation.amount()));
        row.put("alloc_date", event(allocation.date()));
        row.put("handler_id", allocation.handler());
        row.put("reviewer_id", allocation.reviewer());
        return row;
    }

    Map<String, String> target(PerformanceTarget target) {
        Map<String, String> row = new HashMap<>();
        row.put("project_id", target.projectId());
        row.put("target_id", target.targetId());
        row.put("level1", target.level1());
        row.put("level2", target.level2());
        row.put("name", target.name());
        row.put("direction", target.direction());
        row.put("target_value", CellFormats.plain(target.targetValue()));
        row.put("unit", target.unit());
        return row;
    }

    Map<String, String> actual(PerformanceActual actual) {
        Map<String, String> row = new HashMap<>();
        row.put("project_id", actual.projectId());
        row.put("target_id", actual.targetId());
        row.put("as_of", event(actual.asOf()));
        row.put("actual_value", CellFormats.plain(actual.actualValue()));
        return row;
    }

    Map<String, String> transfer(Transfer transfer) {
        Map<String, String> row = new HashMap<>();
        row.put("transfer_id", transfer.id());
        row.put("doc_no", transfer.docNo());
        row.put("fund_code", transfer.fundCode());
        row.put("from_region", transfer.fromRegion());
        row.put("to_region", transfer.toRegion());
        row.put("amount", formats.amount(transfer.amount()));
        row.put("transfer_date", event(transfer.date()));
        return row;
    }

    Map<String, String> payment(Payment payment) {
        Map<String, String> row = new HashMap<>();
        row.put("payment_id", payment.id());
        row.put("pay_date", event(payment.payDate()));
        row.put("region_code", payment.region());
        row.put("agency", payment.agency());
        row.put("indicator_id", payment.indicatorId());
        row.put("project_id", payment.projectId());
        row.put("fund_code", payment.fundCode());
        row.put("func_class", payment.funcClass());
        row.put("econ_class", payment.econClass());
        row.put("payee_type", payment.payeeType());
        row.put("payee_id", payment.payeeId());
        row.put("payee_name", payment.payeeName());
        row.put("payee_account", payment.payeeAccount());
        row.put("purpose", payment.purpose());
        row.put("amount", formats.amount(payment.amount()));
        row.put("refund_of", payment.refundOf());
        row.put("handler_id", payment.handler());
        row.put("reviewer_id", payment.reviewer());
        return row;
    }

    Map<String, String> rectification(Rectification rectification) {
        Map<String, String> row = new HashMap<>();
        row.put("warning_id", rectification.warningId());
        row.put("at", event(rectification.at()));
        row.put("status", rectification.status());
        row.put("by_staff", rectification.byStaff());
        row.put("note", rectification.note());
        row.put("evidence", rectification.evidence());
        return row;
    }
}
