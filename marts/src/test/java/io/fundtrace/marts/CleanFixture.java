package io.fundtrace.marts;

import io.fundtrace.warehouse.Warehouse;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Hand-written drops for the rule tests: rows inserted straight into clean.* of a real DuckDB file,
 * with a small region tree (province 650000 > prefecture 650100 > counties 650101, 650102) and a
 * department, so each test adds only the rows its edge needs.
 */
final class CleanFixture {
    static final String CENTRAL = "100000";
    static final String PROVINCE = "650000";
    static final String PREFECTURE = "650100";
    static final String COUNTY = "650101";
    static final String OTHER_COUNTY = "650102";

    private final Warehouse warehouse;
    private int line;

    CleanFixture(Warehouse warehouse) {
        this.warehouse = warehouse;
        insert("clean.departments", "农业处", "Agriculture", "D01");
        region(CENTRAL, "central", null);
        region(PROVINCE, "province", CENTRAL);
        region(PREFECTURE, "prefecture", PROVINCE);
        region(COUNTY, "county", PREFECTURE);
        region(OTHER_COUNTY, "county", PREFECTURE);
        fund("C01", "central", null);
        fund("R01", "regional", null);
    }

    CleanFixture region(String code, String level, String parent) {
        return insert("clean.regions", code, "地区" + code, level, parent);
    }

    CleanFixture fund(String code, String origin, String scopeProfile) {
        return insert("clean.funds", code, "资金" + code, origin, "农业处", false, scopeProfile);
    }

    CleanFixture scopeRule(String profile, String kind, String prefix) {
        return insert("clean.scope_rules", profile, kind, prefix, null);
    }

    CleanFixture deepPoverty(String county, LocalDate from, LocalDate to) {
        return insert("clean.poverty_status", county, "deep_poverty", from, to);
    }

    IndicatorRow indicator(String id) {
        return new IndicatorRow(id);
    }

    CleanFixture project(String id, String county, boolean inPlan, LocalDate approved, String status, LocalDate end) {
        return insert("clean.projects", id, county, "项目" + id, null, inPlan, approved, status, null, end, null, null);
    }

    CleanFixture allocation(String id, String indicator, String project, String amount, LocalDate date) {
        return insert("clean.allocations", id, indicator, project, new java.math.BigDecimal(amount), date, "SA", "RA");
    }

    CleanFixture target(String project, String target, String direction, String value) {
        return insert("clean.performance_targets", project, target, "产出指标", null, "指标" + target, direction,
                new java.math.BigDecimal(value), null);
    }

    CleanFixture actual(String project, String target, LocalDate asOf, String value) {
        return insert("clean.performance_actuals", project, target, asOf, new java.math.BigDecimal(value));
    }

    CleanFixture transfer(String id, String docNo, String fund, String from, String to, String amount, LocalDate date) {
        return insert("clean.treasury_transfers", id, docNo, docNo, fund, from, to, new java.math.BigDecimal(amount), date);
    }

    CleanFixture rectification(String warningId, LocalDate at, String status) {
        return rectification(warningId, at, status, null);
    }

    CleanFixture rectification(String warningId, LocalDate at, String status, String evidence) {
        return insert("clean.rectifications", warningId, at, status, "S1", null, evidence);
    }

    PaymentRow payment(String id) {
        return new PaymentRow(id);
    }

    private CleanFixture insert(String table, Object... values) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (");
        for (int i = 0; i < values.length + 3; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.setLong(values.length + 1, 1);
            statement.setString(values.length + 2, "fixture.csv");
            statement.setLong(values.length + 3, ++line);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("fixture insert into " + table + " failed: " + e.getMessage(), e);
        }
        return this;
    }

    /** An indicator with the usual defaults: central fund C01, 2018, province to prefecture, attached. */
    final class IndicatorRow {
        private final String id;
        private int year = 2018;
        private String fund = "C01";
        private String parent;
        private String issuer = CENTRAL;
        private String recipient = PROVINCE;
        private String amount = "100.00";
        private String poverty;
        private LocalDate docDate = LocalDate.of(2018, 1, 1);
        private LocalDate received;
        private boolean exempt;
        private String attachment = "scan.pdf";
        private String docNo;

        private IndicatorRow(String id) {
            this.id = id;
        }

        IndicatorRow year(int value) { year = value; return this; }
        IndicatorRow fund(String value) { fund = value; return this; }
        IndicatorRow parent(String value) { parent = value; return this; }
        IndicatorRow from(String issuerRegion, String recipientRegion) { issuer = issuerRegion; recipient = recipientRegion; return this; }
        IndicatorRow amount(String value) { amount = value; return this; }
        IndicatorRow poverty(String value) { poverty = value; return this; }
        IndicatorRow docDate(LocalDate value) { docDate = value; return this; }
        IndicatorRow received(LocalDate value) { received = value; return this; }
        IndicatorRow exempt() { exempt = true; return this; }
        IndicatorRow noAttachment() { attachment = null; return this; }
        IndicatorRow docNo(String value) { docNo = value; return this; }

        CleanFixture add() {
            String number = docNo == null ? "DOC-" + id : docNo;
            return insert("clean.indicators", id, year, number, number, parent, fund, issuer, recipient,
                    new java.math.BigDecimal(amount), new java.math.BigDecimal(poverty == null ? amount : poverty),
                    docDate, received, null, exempt, attachment, "H-" + id, "V-" + id);
        }
    }

    /** A payment with defaults: to a person in county 650101, econ 30299, func 2130599. */
    final class PaymentRow {
        private final String id;
        private LocalDate date = LocalDate.of(2018, 6, 1);
        private String region = COUNTY;
        private String indicator;
        private String project;
        private String fund = "C01";
        private String econ = "30299";
        private String func = "2130599";
        private String payeeType = "person";
        private String payee = "P-" + "0";
        private String account;
        private String amount = "10.00";
        private String handler;
        private String reviewer;

        private PaymentRow(String id) {
            this.id = id;
            handler = "PH-" + id;
            reviewer = "PR-" + id;
        }

        PaymentRow date(LocalDate value) { date = value; return this; }
        PaymentRow region(String value) { region = value; return this; }
        PaymentRow indicator(String value) { indicator = value; return this; }
        PaymentRow project(String value) { project = value; return this; }
        PaymentRow fund(String value) { fund = value; return this; }
        PaymentRow econ(String value) { econ = value; return this; }
        PaymentRow func(String value) { func = value; return this; }
        PaymentRow payee(String type, String payeeId, String payeeAccount) { payeeType = type; payee = payeeId; account = payeeAccount; return this; }
        PaymentRow amount(String value) { amount = value; return this; }
        /** The payment's handler and reviewer (both optional in the contract; null for none). */
        PaymentRow staff(String handlerId, String reviewerId) { handler = handlerId; reviewer = reviewerId; return this; }

        CleanFixture add() {
            return insert("clean.payments", id, date, region, null, indicator, project, fund, func, econ, payeeType,
                    payee, null, account, null, new java.math.BigDecimal(amount), null, handler, reviewer);
        }
    }
}
