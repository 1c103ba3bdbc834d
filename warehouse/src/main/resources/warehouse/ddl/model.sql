-- Model layer: dimensions and facts as views over the clean layer, in the portable SQL subset
-- that DuckDB and Spark SQL share. Marts, reports and the SQL gate read these, never clean.*.
CREATE SCHEMA IF NOT EXISTS model;

-- Regions with their province and prefecture: the nearest ancestor (or the region itself) of that level,
-- as rules.md defines a region's province. The tree is central > province > prefecture > county (a
-- county may sit right under its province), so two steps up reach the province; a third is looked at
-- so that a drop whose levels skip or repeat one (a county under a county) still finds it, and a region
-- with no such ancestor has none rather than whatever stands two steps up.
CREATE OR REPLACE VIEW model.dim_region AS
SELECT r.region_code, r.name, r.level, r.parent_code,
       CASE WHEN r.level = 'province' THEN r.region_code
            WHEN p.level = 'province' THEN p.region_code
            WHEN g.level = 'province' THEN g.region_code
            WHEN h.level = 'province' THEN h.region_code END AS province_code,
       CASE WHEN r.level = 'prefecture' THEN r.region_code
            WHEN p.level = 'prefecture' THEN p.region_code
            WHEN g.level = 'prefecture' THEN g.region_code END AS prefecture_code
FROM clean.regions r
LEFT JOIN clean.regions p ON p.region_code = r.parent_code
LEFT JOIN clean.regions g ON g.region_code = p.parent_code
LEFT JOIN clean.regions h ON h.region_code = g.parent_code;

-- Every (region, ancestor-or-self) pair: the region subtree filter of a `region:<code>` role.
CREATE OR REPLACE VIEW model.region_ancestor AS
SELECT r.region_code, r.region_code AS ancestor_code, 0 AS depth FROM clean.regions r
UNION ALL
SELECT r.region_code, p.region_code, 1 FROM clean.regions r JOIN clean.regions p ON p.region_code = r.parent_code
UNION ALL
SELECT r.region_code, g.region_code, 2 FROM clean.regions r
  JOIN clean.regions p ON p.region_code = r.parent_code JOIN clean.regions g ON g.region_code = p.parent_code
UNION ALL
SELECT r.region_code, h.region_code, 3 FROM clean.regions r
  JOIN clean.regions p ON p.region_code = r.parent_code JOIN clean.regions g ON g.region_code = p.parent_code
  JOIN clean.regions h ON h.region_code = g.parent_code;

-- Poverty status as a slowly changing attribute (type 2): one row per validity interval.
CREATE OR REPLACE VIEW model.dim_poverty_status AS
SELECT region_code, status, valid_from, valid_to FROM clean.poverty_status;

CREATE OR REPLACE VIEW model.dim_fund AS
SELECT f.fund_code, f.name, f.origin, f.department, d.department_code, f.classified, f.scope_profile
FROM clean.funds f LEFT JOIN clean.departments d ON d.department = f.department;

CREATE OR REPLACE VIEW model.dim_department AS
SELECT department, name_en, department_code FROM clean.departments;

CREATE OR REPLACE VIEW model.dim_scope_rule AS
SELECT scope_profile, kind, code_prefix, reason FROM clean.scope_rules;

CREATE OR REPLACE VIEW model.dim_staff AS
SELECT staff_id, name, department, region_code, role FROM clean.staff;

CREATE OR REPLACE VIEW model.dim_project AS
SELECT project_id, county_code, name, category, in_plan, approved_date, status, start_date, end_date,
       implementing_unit, budget FROM clean.projects;

CREATE OR REPLACE VIEW model.fact_indicator AS
SELECT indicator_id, fiscal_year, doc_no, doc_no_normalised, parent_indicator_id, fund_code,
       issuer_region, recipient_region, amount, poverty_amount, doc_date, received_date,
       COALESCE(received_date, doc_date) AS receipt_date, func_class, exempt, attachment,
       handler_id, reviewer_id, batch_id, source_file, source_line
FROM clean.indicators;

CREATE OR REPLACE VIEW model.fact_allocation AS
SELECT allocation_id, indicator_id, project_id, amount, alloc_date, handler_id, reviewer_id,
       batch_id, source_file, source_line
FROM clean.allocations;

CREATE OR REPLACE VIEW model.fact_payment AS
SELECT payment_id, pay_date, region_code, agency, indicator_id, project_id, fund_code, func_class,
       econ_class, payee_type, payee_id, payee_name, payee_account, purpose, amount, refund_of,
       handler_id, reviewer_id, batch_id, source_file, source_line
FROM clean.payments;

CREATE OR REPLACE VIEW model.fact_treasury_transfer AS
SELECT transfer_id, doc_no, doc_no_normalised, fund_code, from_region, to_region, amount, transfer_date,
       batch_id, source_file, source_line
FROM clean.treasury_transfers;

CREATE OR REPLACE VIEW model.fact_performance_target AS
SELECT project_id, target_id, level1, level2, name, direction, target_value, unit FROM clean.performance_targets;

CREATE OR REPLACE VIEW model.fact_performance_actual AS
SELECT project_id, target_id, as_of, actual_value FROM clean.performance_actuals;

CREATE OR REPLACE VIEW model.fact_rectification AS
SELECT warning_id, at_date, status, by_staff, note, evidence FROM clean.rectifications;
