package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed rows for --dirty: each breaks exactly one rule of quarantine_rules.csv, under a fresh key (with
 * a D in it, a series the clean rows never use), so the clean data and the answer key stay as they are.
 */
final class DirtyRows {
    /** unquoted: written as its values stand, no value quoted (a clerk's hand-made line, commas and all). */
    record DirtyRow(String entity, String rule, Map<String, String> row, boolean unquoted) {
        DirtyRow(String entity, String rule, Map<String, String> row) {
            this(entity, rule, row, false);
        }
    }

    static final List<String> RULES = List.of("missing_required", "unparseable_number", "unparseable_date", "invalid_value",
            "bad_region_code", "bad_person_id", "bad_credit_code", "unknown_fund", "unknown_region", "unknown_staff",
            "unknown_indicator", "unknown_project", "unknown_original_payment", "refund_without_original",
            "refund_mismatch", "refund_exceeds_original", "amount_not_positive", "amount_zero",
            "poverty_amount_exceeds_amount", "received_before_doc_date", "event_date_in_future", "fund_mismatch",
            "duplicate_key_in_file", "event_date_out_of_range", "control_character", "amount_negative", "wrong_field_count");
    private final DropModel model;
    private final EntityRows rows;
    private final PaymentFactory payments;
    private final List<Indicator> countyIndicators;
    private final List<Payment> originals;
    private final Map<String, String> projectByCounty = new HashMap<>();

    DirtyRows(DropModel model, EntityRows untrackedRows, List<Indicator> countyIndicators) {
        this.model = model;
        this.rows = untrackedRows;
        this.payments = new PaymentFactory(model);
        this.countyIndicators = countyIndicators;
        List<String> refunded = model.plantedPayments.stream().filter(p -> p.refundOf() != null).map(Payment::refundOf).toList();
        this.originals = model.plantedPayments.stream()
                .filter(p -> p.amount().signum() > 0 && p.projectId() != null && !refunded.contains(p.id())
                        && model.projects.containsKey(p.projectId()))
                .toList();
    }

    /** rowsPerRule rows of every rule (two per key for duplicate_key_in_file). */
    List<DirtyRow> make(int rowsPerRule) {
        List<DirtyRow> dirty = new ArrayList<>();
        for (int i = 0; i < rowsPerRule; i++) {
            for (String rule : RULES) {
                dirty.addAll(make(rule));
            }
        }
        return dirty;
    }

    private List<DirtyRow> make(String rule) {
        Indicator indicator = countyIndicators.get(model.random.nextInt(countyIndicators.size()));
        Payment original = originals.get(model.random.nextInt(originals.size()));
        return switch (rule) {
            case "missing_required" -> one("payments", rule, set(payment(indicator), "econ_class", null));
            case "unparseable_number" -> one("allocations", rule, set(allocation(indicator), "amount", "12O0.50"));
            case "unparseable_date" -> one("payments", rule,
                    set(payment(indicator), "pay_date", indicator.fiscalYear() + "-02-30"));
            case "invalid_value" -> one("payments", rule, set(payment(indicator), "payee_type", "individual"));
            case "bad_region_code" -> one("treasury_transfers", rule, set(transfer(indicator), "to_region", "65312"));
            case "bad_person_id" -> {
                Map<String, String> row = payment(indicator);
                String valid = row.get("payee_id");
                // half of them a wrong check digit, half an old 15-digit card (digits only where the check can weigh them);
                // chosen from the ID, not the random stream, so the rest of the drop stays as it was
                String bad = (valid.charAt(16) - '0') % 2 == 0 ? valid.substring(0, 6) + valid.substring(8, 17)
                        : valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
                yield one("payments", rule, set(row, "payee_id", bad));
            }
            case "bad_credit_code" -> {
                Payment payment = payments.organisation(paymentId(indicator), indicator, projectOf(indicator), true,
                        model.random.nextInt(30), BigDecimal.valueOf(9_000).setScale(2), day(indicator));
                String valid = payment.payeeId();
                yield one("payments", rule, set(rows.payment(payment), "payee_id",
                        valid.substring(0, 17) + (valid.endsWith("A") ? "B" : "A")));
            }
            case "unknown_fund" -> one("treasury_transfers", rule, set(transfer(indicator), "fund_code", "C99"));
            case "unknown_region" -> one("treasury_transfers", rule, set(transfer(indicator), "to_region", "659999"));
            case "unknown_staff" -> one("allocations", rule, set(allocation(indicator), "handler_id", "S659999001"));
            case "unknown_indicator" -> one("payments", rule,
                    set(payment(indicator), "indicator_id", "ZB" + indicator.fiscalYear() + "D" + model.count("dirty indicator")));
            case "unknown_project" -> one("performance_targets", rule, Map.of("project_id",
                    "XM" + indicator.recipient() + "D" + model.count("dirty project"), "target_id", "T1", "level1", "产出",
                    "name", "完成建设任务数量", "direction", ">=", "target_value", "10"));
            case "unknown_original_payment" -> one("payments", rule, refund(indicator, null,
                    "ZF" + indicator.fiscalYear() + "D" + model.count("dirty original")));
            case "refund_without_original" -> one("payments", rule, refund(indicator, null, null));
            case "refund_mismatch" -> {
                Indicator own = model.indicators.get(original.indicatorId());
                Map<String, String> row = refundOf(original, new BigDecimal("1.00"));
                yield one("payments", rule, set(row, "project_id", otherProject(own, original.projectId())));
            }
            case "refund_exceeds_original" -> one("payments", rule,
                    refundOf(original, original.amount().add(new BigDecimal("100.00"))));
            case "amount_not_positive" -> one("allocations", rule, set(allocation(indicator), "amount", "-500.00"));
            case "amount_zero" -> one("payments", rule, set(payment(indicator), "amount", "0.00"));
            case "amount_negative" -> one("indicators", rule, set(indicatorRow(indicator), "poverty_amount", "-100.00"));
            // an amount with a thousands separator and no quotes: one field more than the header
            case "wrong_field_count" -> List.of(new DirtyRow("payments", rule, set(payment(indicator), "amount", "1,234.50"), true));
            case "poverty_amount_exceeds_amount" -> one("indicators", rule, set(indicatorRow(indicator), "poverty_amount",
                    indicator.amount().add(new BigDecimal("1000.00")).toPlainString()));
            case "received_before_doc_date" -> one("indicators", rule, set(indicatorRow(indicator), "received_date",
                    indicator.docDate().minusDays(3).toString()));
            case "event_date_in_future" -> one("payments", rule,
                    set(payment(indicator), "pay_date", model.lastDate.plusDays(1 + model.random.nextInt(30)).toString()));
            case "event_date_out_of_range" -> {
                Map<String, String> row = payment(indicator);
                // the millennium typed wrong: 2019-05-03 as 1019-05-03
                yield one("payments", rule, set(row, "pay_date", "1" + row.get("pay_date").substring(1)));
            }
            case "control_character" -> {
                Map<String, String> row = payment(indicator);
                yield one("payments", rule, set(row, "payment_id", "ZF\u0000" + row.get("payment_id").substring(2)));
            }
            case "fund_mismatch" -> one("payments", rule,
                    set(payment(indicator), "fund_code", indicator.fundCode().equals("C01") ? "C02" : "C01"));
            case "duplicate_key_in_file" -> {
                String id = "XM" + indicator.recipient() + "D" + model.count("dirty project");
                Project project = new Project(id, indicator.recipient(), "重复录入的项目", null, true,
                        LocalDate.of(indicator.fiscalYear() - 1, 12, 1), "储备", null, null, null, null);
                Map<String, String> second = rows.project(project);
                second.put("name", "重复录入的项目（修改稿）");
                yield List.of(new DirtyRow("projects", rule, rows.project(project)), new DirtyRow("projects", rule, second));
            }
            default -> throw new IllegalArgumentException("no dirty row for rule " + rule);
        };
    }

    private static List<DirtyRow> one(String entity, String rule, Map<String, String> row) {
        return List.of(new DirtyRow(entity, rule, row));
    }

    private static Map<String, String> set(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    private String paymentId(Indicator indicator) {
        return "ZF" + indicator.fiscalYear() + "D" + String.format("%07d", model.count("dirty payment"));
    }

    private LocalDate day(Indicator indicator) {
        LocalDate day = indicator.receipt().plusDays(20);
        return day.isAfter(model.lastDate) ? model.lastDate : day;
    }

    private String projectOf(Indicator indicator) {
        return projectIn(indicator.recipient(), null);
    }

    private String otherProject(Indicator indicator, String not) {
        return projectIn(indicator.recipient(), not);
    }

    /**
     * A planned, approved project of the county other than not; where the county has none (a small drop, a county
     * of one project), the first such project of any county: each dirty row breaks its own rule whatever the
     * project's county, which is a warning matter, not a quarantine one.
     */
    private String projectIn(String county, String not) {
        String cached = projectByCounty.get(county);
        if (cached != null && !cached.equals(not)) {
            return cached;
        }
        for (Project project : model.projects.values()) {
            if (project.county().equals(county) && usable(project, not)) {
                if (not == null) {
                    projectByCounty.put(county, project.id());
                }
                return project.id();
            }
        }
        return model.projects.values().stream().filter(project -> usable(project, not)).map(Project::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no planned, approved project in the drop"));
    }

    private static boolean usable(Project project, String not) {
        return !project.id().equals(not) && project.inPlan() && project.approvedDate() != null;
    }

    private Map<String, String> payment(Indicator indicator) {
        String personId = model.identities.plantedPerson(indicator.recipient());
        return rows.payment(payments.person(paymentId(indicator), indicator, projectOf(indicator), personId,
                Identities.personAccount(personId), BigDecimal.valueOf(2_000).setScale(2), day(indicator)));
    }

    private Map<String, String> refund(Indicator indicator, String projectId, String refundOf) {
        Map<String, String> row = payment(indicator);
        row.put("amount", "-500.00");
        row.put("refund_of", refundOf);
        if (projectId != null) {
            row.put("project_id", projectId);
        }
        return row;
    }

    private Map<String, String> refundOf(Payment original, BigDecimal amount) {
        LocalDate day = original.payDate().plusDays(5);
        Payment refund = payments.refund("ZF" + original.payDate().getYear() + "D"
                + String.format("%07d", model.count("dirty payment")), original, amount,
                day.isAfter(model.lastDate) ? model.lastDate : day);
        return rows.payment(refund);
    }

    private Map<String, String> allocation(Indicator indicator) {
        return rows.allocation(new Allocation("AP" + indicator.fiscalYear() + "D" + model.count("dirty allocation"),
                indicator.id(), projectOf(indicator), new BigDecimal("1000.00"), day(indicator), null, null));
    }

    private Map<String, String> transfer(Indicator indicator) {
        return rows.transfer(new Transfer("GK" + indicator.fiscalYear() + "D" + model.count("dirty transfer"),
                indicator.docNo(), indicator.fundCode(), indicator.issuer(), indicator.recipient(), new BigDecimal("1000.00"),
                day(indicator)));
    }

    private Map<String, String> indicatorRow(Indicator indicator) {
        Indicator fresh = new Indicator("ZB" + indicator.fiscalYear() + "D" + model.count("dirty indicator"),
                indicator.fiscalYear(), indicator.docNo(), null, indicator.fundCode(), indicator.issuer(),
                indicator.recipient(), indicator.amount(), indicator.amount(), indicator.docDate(), null, null, false, true,
                null, null);
        return rows.indicator(fresh);
    }
}
