-- A small warehouse for the report tests: two prefectures with one county each, an open fund
-- (C01, 农业处) and a classified one (R08, 行政政法处), marts for 2018-10-31 and 2018-09-30.
INSERT INTO audit.batches VALUES
 (1, 'drop-1', DATE '2018-09-30', 'duckdb', 'test', TIMESTAMP '2018-09-30 08:00:00', TIMESTAMP '2018-09-30 08:01:00', 1, 0, 0, 1, 1, 0, 0, 0),
 (7, 'drop-7', DATE '2018-10-31', 'duckdb', 'test', TIMESTAMP '2018-10-31 08:00:00', TIMESTAMP '2018-10-31 08:01:00', 1, 0, 0, 1, 1, 0, 0, 0);
INSERT INTO clean.regions (region_code, name, level, parent_code, batch_id, source_file, source_line) VALUES
 ('100000', '中央', 'central', NULL, 1, 'regions.csv', 2),
 ('650000', '新疆维吾尔自治区', 'province', '100000', 1, 'regions.csv', 3),
 ('650100', '乌鲁木齐市', 'prefecture', '650000', 1, 'regions.csv', 4),
 ('650121', '乌鲁木齐县', 'county', '650100', 1, 'regions.csv', 5),
 ('653100', '喀什地区', 'prefecture', '650000', 1, 'regions.csv', 6),
 ('653121', '疏附县', 'county', '653100', 1, 'regions.csv', 7);
INSERT INTO clean.departments (department, name_en, department_code, batch_id, source_file, source_line) VALUES
 ('农业处', 'Agriculture Division', 'D05', 1, 'departments.csv', 2),
 ('行政政法处', 'Administration Division', 'D09', 1, 'departments.csv', 3);
INSERT INTO clean.funds (fund_code, name, origin, department, classified, scope_profile, batch_id, source_file, source_line) VALUES
 ('C01', '中央财政专项扶贫资金', 'central', '农业处', false, 'default', 1, 'funds.csv', 2),
 ('R08', '护边员补助经费', 'regional', '行政政法处', true, 'default', 1, 'funds.csv', 3),
 ('C22', '水利发展资金', 'central', '农业处', false, 'default', 1, 'funds.csv', 4);

CREATE SCHEMA marts;
CREATE SCHEMA marts_previous;
CREATE TABLE marts.progress (region_code VARCHAR, fund_code VARCHAR, year INTEGER, month INTEGER,
  received DECIMAL(18,2), paid DECIMAL(18,2), cumulative_received DECIMAL(18,2), cumulative_paid DECIMAL(18,2),
  spend_progress DECIMAL(9,4), time_progress DECIMAL(9,4), short_progress DECIMAL(9,4), department VARCHAR, classified BOOLEAN);
INSERT INTO marts.progress VALUES
 ('650000', 'C01', 2018, 9, 50000000.00, 20000000.00, 50000000.00, 20000000.00, 0.4000, 0.7500, 0.3500, '农业处', false),
 ('650000', 'C01', 2018, 10, 10000000.00, 13000000.00, 60000000.00, 33000000.00, 0.5500, 0.8333, 0.2833, '农业处', false),
 ('650000', 'R08', 2018, 9, 3000000.00, 1000000.00, 3000000.00, 1000000.00, 0.3333, 0.7500, 0.4167, '行政政法处', true),
 ('650000', 'R08', 2018, 10, 0.00, 500000.00, 3000000.00, 1500000.00, 0.5000, 0.8333, 0.3333, '行政政法处', true),
 ('650100', 'C01', 2018, 10, 17777700.00, 7123400.00, 17777700.00, 7123400.00, 0.4007, 0.8333, 0.4326, '农业处', false),
 ('650121', 'C01', 2018, 10, 17777700.00, 7123400.00, 17777700.00, 7123400.00, 0.4007, 0.8333, 0.4326, '农业处', false),
 ('653100', 'C01', 2018, 9, 20000000.00, 9000000.00, 20000000.00, 9000000.00, 0.4500, 0.7500, 0.3000, '农业处', false),
 ('653100', 'C01', 2018, 10, 2222200.00, 3456700.00, 22222200.00, 12456700.00, 0.5605, 0.8333, 0.2728, '农业处', false),
 ('653100', 'R08', 2018, 10, 1000000.00, 400000.00, 1000000.00, 400000.00, 0.4000, 0.8333, 0.4333, '行政政法处', true),
 ('653121', 'C01', 2018, 10, 22222200.00, 12456700.00, 22222200.00, 12456700.00, 0.5605, 0.8333, 0.2728, '农业处', false),
 -- a fund with no money at the province this year: no line in the progress tables
 ('650000', 'C22', 2018, 10, 0.00, 0.00, 0.00, 0.00, NULL, 0.8333, NULL, '农业处', false);
CREATE TABLE marts.ledger (fund_code VARCHAR, region_code VARCHAR, year INTEGER, month INTEGER,
  received DECIMAL(18,2), issued_down DECIMAL(18,2), allocated DECIMAL(18,2), paid DECIMAL(18,2), balance DECIMAL(18,2),
  issue_progress DECIMAL(9,4), spend_progress DECIMAL(9,4), open_warnings INTEGER,
  region_level VARCHAR, prefecture_code VARCHAR, province_code VARCHAR, department VARCHAR, classified BOOLEAN);
INSERT INTO marts.ledger VALUES
 ('C01', '650000', 2018, NULL, 60000000.00, 39999900.00, 0.00, 0.00, 20000100.00, 0.6667, 0.0000, 1, 'province', NULL, '650000', '农业处', false),
 ('R08', '650000', 2018, NULL, 3000000.00, 1000000.00, 0.00, 0.00, 2000000.00, 0.3333, 0.0000, 0, 'province', NULL, '650000', '行政政法处', true),
 ('C01', '653100', 2018, NULL, 22222200.00, 22222200.00, 0.00, 0.00, 0.00, 1.0000, NULL, 0, 'prefecture', '653100', '650000', '农业处', false),
 ('C01', '650100', 2018, NULL, 17777700.00, 17777700.00, 0.00, 0.00, 0.00, 1.0000, NULL, 0, 'prefecture', '650100', '650000', '农业处', false);
CREATE TABLE marts.warnings (warning_id VARCHAR, rule VARCHAR, level VARCHAR, fiscal_year INTEGER, fund_code VARCHAR,
  region_code VARCHAR, project_id VARCHAR, indicator_id VARCHAR, payment_id VARCHAR, amount DECIMAL(18,2), days INTEGER,
  reason VARCHAR, department VARCHAR, handler_id VARCHAR, reviewer_id VARCHAR, status VARCHAR, evidence VARCHAR,
  as_of DATE, prefecture_code VARCHAR, province_code VARCHAR, classified BOOLEAN, payee_id VARCHAR);
INSERT INTO marts.warnings VALUES
 ('a000000000000001', 'IDLE_FUNDS', 'yellow', 2018, 'C01', '653121', NULL, 'I1', NULL, 1500000.00, NULL, NULL, '农业处', 'S1', 'S2', 'open', 'indicator:I1', DATE '2018-10-31', '653100', '650000', false, NULL),
 ('a000000000000002', 'CARRYOVER', 'yellow', 2017, 'C01', '653121', NULL, 'I1', NULL, 1500000.00, NULL, NULL, '农业处', 'S1', 'S2', 'open', 'indicator:I1', DATE '2018-10-31', '653100', '650000', false, NULL),
 ('a000000000000003', 'DUPLICATE_PAYEE', 'orange', 2018, 'C01', '653121', 'P1', 'I1', 'PAY9', 2345.67, NULL, 'same_month', '农业处', 'S1', 'S2', 'open', 'payment:PAY8;payment:PAY9', DATE '2018-10-31', '653100', '650000', false, '653101199001011234'),
 ('a000000000000004', 'OUT_OF_SCOPE', 'orange', 2018, 'C01', '650121', 'P7', 'I7', 'PAY7', 876543.21, NULL, 'econ_denied', '农业处', 'S3', 'S4', 'open', 'payment:PAY7', DATE '2018-10-31', '650100', '650000', false, '650102198502021111'),
 ('a000000000000005', 'IDLE_FUNDS', 'yellow', 2018, 'R08', '650121', NULL, 'I8', NULL, 654321.00, NULL, NULL, '行政政法处', 'S5', 'S6', 'open', 'indicator:I8', DATE '2018-10-31', '650100', '650000', true, NULL),
 ('a000000000000006', 'DOC_NOT_ATTACHED', 'blue', 2018, 'C01', '653121', NULL, 'I1', NULL, 9000000.00, NULL, NULL, '农业处', 'S1', 'S2', 'open', 'indicator:I1', DATE '2018-10-31', '653100', '650000', false, NULL),
 ('a000000000000007', 'ISSUE_OVERDUE', 'yellow', 2018, 'C01', '653100', NULL, 'I2', NULL, 300000.00, 12, 'issued_late', '农业处', 'S1', 'S2', 'rectified', 'indicator:I2', DATE '2018-10-31', '653100', '650000', false, NULL);
CREATE TABLE marts_previous.warnings AS SELECT * FROM marts.warnings WHERE warning_id IN ('a000000000000002', 'a000000000000004', 'a000000000000005');
UPDATE marts_previous.warnings SET as_of = DATE '2018-09-30';
INSERT INTO marts_previous.warnings VALUES
 ('a000000000000007', 'ISSUE_OVERDUE', 'orange', 2018, 'C01', '653100', NULL, 'I2', NULL, 300000.00, 5, 'outstanding', '农业处', 'S1', 'S2', 'open', 'indicator:I2', DATE '2018-09-30', '653100', '650000', false, NULL);
-- every warning of the fixture hits as of its date (the lifecycle's flag; a dispatched warning that no longer hits has false)
ALTER TABLE marts.warnings ADD COLUMN hit BOOLEAN DEFAULT true;
ALTER TABLE marts_previous.warnings ADD COLUMN hit BOOLEAN DEFAULT true;
CREATE TABLE marts.deep_poverty_growth (fund_code VARCHAR, province_code VARCHAR, fiscal_year INTEGER,
  all_previous DECIMAL(18,2), all_current DECIMAL(18,2), deep_previous DECIMAL(18,2), deep_current DECIMAL(18,2),
  growth_all DECIMAL(9,4), growth_deep DECIMAL(9,4), gap DECIMAL(9,4), shortfall DECIMAL(18,2), lagging BOOLEAN, skipped_reason VARCHAR);
INSERT INTO marts.deep_poverty_growth VALUES
 ('C01', '650000', 2018, 100000000.00, 120000000.00, 40000000.00, 44000000.00, 0.2000, 0.1000, 0.1000, 4000000.00, true, NULL);
CREATE TABLE marts.carryover (indicator_id VARCHAR, fund_code VARCHAR, fiscal_year INTEGER, region_code VARCHAR,
  region_level VARCHAR, prefecture_code VARCHAR, poverty_amount DECIMAL(18,2), issued_down DECIMAL(18,2), paid DECIMAL(18,2),
  balance DECIMAL(18,2), age_years INTEGER, age_band VARCHAR, department VARCHAR, classified BOOLEAN);
INSERT INTO marts.carryover VALUES
 ('I1', 'C01', 2017, '653121', 'county', '653100', 9000000.00, 0.00, 7500000.00, 1500000.00, 1, 'carryover', '农业处', false),
 ('I7', 'C01', 2018, '650121', 'county', '650100', 8000000.00, 0.00, 1000000.00, 7000000.00, 0, 'current', '农业处', false),
 ('I9', 'C01', 2016, '650000', 'province', NULL, 500000.00, 0.00, 0.00, 500000.00, 2, 'surplus', '农业处', false);
CREATE TABLE marts.reconciliation (doc_no_normalised VARCHAR, fund_code VARCHAR, from_region VARCHAR, to_region VARCHAR,
  fiscal_year INTEGER, indicator_count INTEGER, transfer_count INTEGER, indicator_amount DECIMAL(18,2),
  transfer_amount DECIMAL(18,2), difference DECIMAL(18,2), status VARCHAR);
INSERT INTO marts.reconciliation VALUES
 ('新财农2018-1', 'C01', '650000', '653100', 2018, 1, 1, 22222200.00, 22222200.00, 0.00, 'matched'),
 ('新财农2018-2', 'C01', '650000', '650100', 2018, 1, 1, 17777700.00, 17700000.00, 77700.00, 'amount_mismatch');
CREATE TABLE marts.performance (project_id VARCHAR, county_code VARCHAR, target_id VARCHAR, level1 VARCHAR, name VARCHAR,
  direction VARCHAR, target_value DECIMAL(18,4), actual_value DECIMAL(18,4), actual_as_of DATE, completion DECIMAL(9,4),
  met BOOLEAN, project_ended BOOLEAN);
INSERT INTO marts.performance VALUES
 ('P1', '653121', 'T1', '产出指标', '新建灌溉渠道', '>=', 10.0000, 9.0000, DATE '2018-10-01', 0.9000, true, false),
 ('P1', '653121', 'T2', '效益指标', '受益贫困人口', '>=', 100.0000, 50.0000, DATE '2018-10-01', 0.5000, false, false),
 ('P7', '650121', 'T1', '产出指标', '修建道路', '>=', 5.0000, NULL, NULL, NULL, NULL, false);
INSERT INTO marts.performance VALUES
 ('P3', '650121', 'T1', '产出指标', '培训贫困劳动力', '>=', 200.0000, 180.0000, DATE '2018-10-01', 0.9000, true, true),
 ('P3', '650121', 'T2', '效益指标', '就业增收人数', '>=', 50.0000, NULL, NULL, NULL, NULL, true);
INSERT INTO clean.projects (project_id, county_code, name, category, in_plan, status, batch_id, source_file, source_line) VALUES
 ('P7', '650121', '乌鲁木齐县道路项目', '基础设施', true, '完工', 1, 'projects.csv', 2);

-- The lifecycle of the fixture's warnings (rules.md v1.2) at 2018-10-31: I1 idle overdue by a day, the
-- carry-over and the out-of-scope payment dispatched this month, the duplicate payment overdue, R08's
-- idle indicator 32 days overdue, the blue record-only warning, I2 rectified on 15 October.
ALTER TABLE marts.warnings ADD COLUMN dispatched_on DATE;
ALTER TABLE marts.warnings ADD COLUMN dispatched_level VARCHAR;
ALTER TABLE marts.warnings ADD COLUMN due_on DATE;
ALTER TABLE marts.warnings ADD COLUMN status_on DATE;
ALTER TABLE marts.warnings ADD COLUMN overdue_days INTEGER;
ALTER TABLE marts.warnings ADD COLUMN last_hit_on DATE;
UPDATE marts.warnings SET dispatched_on = DATE '2018-08-31', due_on = DATE '2018-10-30', overdue_days = 1 WHERE warning_id = 'a000000000000001';
UPDATE marts.warnings SET dispatched_on = DATE '2018-10-31', due_on = DATE '2018-12-30' WHERE warning_id = 'a000000000000002';
UPDATE marts.warnings SET dispatched_on = DATE '2018-09-30', due_on = DATE '2018-10-30', overdue_days = 1 WHERE warning_id = 'a000000000000003';
UPDATE marts.warnings SET dispatched_on = DATE '2018-10-31', due_on = DATE '2018-11-30' WHERE warning_id = 'a000000000000004';
UPDATE marts.warnings SET dispatched_on = DATE '2018-07-31', due_on = DATE '2018-09-29', overdue_days = 32 WHERE warning_id = 'a000000000000005';
UPDATE marts.warnings SET dispatched_on = DATE '2018-09-30' WHERE warning_id = 'a000000000000006';
UPDATE marts.warnings SET dispatched_on = DATE '2018-09-30', due_on = DATE '2018-10-30', status_on = DATE '2018-10-15' WHERE warning_id = 'a000000000000007';
UPDATE marts.warnings SET dispatched_level = level, last_hit_on = as_of;
ALTER TABLE marts_previous.warnings ADD COLUMN dispatched_on DATE;
ALTER TABLE marts_previous.warnings ADD COLUMN dispatched_level VARCHAR;
ALTER TABLE marts_previous.warnings ADD COLUMN due_on DATE;
ALTER TABLE marts_previous.warnings ADD COLUMN status_on DATE;
ALTER TABLE marts_previous.warnings ADD COLUMN overdue_days INTEGER;
ALTER TABLE marts_previous.warnings ADD COLUMN last_hit_on DATE;

-- Progress at the two other dates the headline compares, as the marts built then left it: the previous
-- month's end knew less paid in September than the October build does (a late payment row), and last
-- year's October build less than the 2017 months the October build holds now.
CREATE TABLE marts_previous.progress AS SELECT * FROM marts.progress WHERE year = 2018 AND month = 9;
UPDATE marts_previous.progress SET cumulative_paid = 19000000.00, paid = 19000000.00 WHERE region_code = '650000' AND fund_code = 'C01';
CREATE SCHEMA marts_last_year;
CREATE TABLE marts_last_year.progress AS SELECT * FROM marts.progress WHERE false;
INSERT INTO marts_last_year.progress VALUES
 ('650000', 'C01', 2017, 10, 5000000.00, 4000000.00, 40000000.00, 30000000.00, 0.7500, 0.8333, 0.0833, '农业处', false);
INSERT INTO marts.progress VALUES
 ('650000', 'C01', 2017, 9, 35000000.00, 27000000.00, 35000000.00, 27000000.00, 0.7714, 0.7500, -0.0214, '农业处', false),
 ('650000', 'C01', 2017, 10, 5000000.00, 4000000.00, 40000000.00, 31000000.00, 0.7750, 0.8333, 0.0583, '农业处', false);

-- Deep-poverty growth so far in 2018 (rules.md v1.2) and rule 5 for 2017, the last complete year.
CREATE TABLE marts.deep_poverty_growth_ytd AS SELECT *, DATE '2018-10-31' AS as_of, DATE '2017-10-31' AS comparison_date
FROM marts.deep_poverty_growth WHERE false;
INSERT INTO marts.deep_poverty_growth_ytd VALUES
 ('C01', '650000', 2018, 80000000.00, 100000000.00, 30000000.00, 33000000.00, 0.2500, 0.1000, 0.1500, 4500000.00, true, NULL,
  DATE '2018-10-31', DATE '2017-10-31');
INSERT INTO marts.deep_poverty_growth VALUES
 ('C01', '650000', 2017, 90000000.00, 100000000.00, 36000000.00, 40000000.00, 0.1111, 0.1111, 0.0000, 0.00, false, NULL),
 -- rule 5 skips a fund that reached no county the year before: counted in the note, not listed
 ('C22', '650000', 2017, 0.00, 500000.00, 0.00, 200000.00, NULL, NULL, NULL, NULL, false, 'no_base_year');

-- Staff by name, and the feedback log at 2018-10-31: the duplicate payment's closing sent back twice
-- without evidence (September's is the previous notice's, October's this one's), I2's rectification
-- accepted, and two rows in October on IDs that name no warning: S3's (农业处, 乌鲁木齐县) and one
-- without a sender.
INSERT INTO clean.staff (staff_id, name, department, region_code, role, batch_id, source_file, source_line) VALUES
 ('S1', '艾力·买买提', '农业处', '653121', '经办', 1, 'staff.csv', 2),
 ('S2', '王芳', '农业处', '653121', '审核', 1, 'staff.csv', 3),
 ('S3', '李强', '农业处', '650121', '经办', 1, 'staff.csv', 4),
 ('S4', '张敏', '农业处', '650121', '审核', 1, 'staff.csv', 5);
CREATE TABLE marts.feedback (warning_id VARCHAR, "at" DATE, status VARCHAR, outcome VARCHAR, reason VARCHAR,
  status_before VARCHAR, status_after VARCHAR, by_staff VARCHAR, evidence VARCHAR, rule VARCHAR, lifecycle_level VARCHAR,
  fund_code VARCHAR, region_code VARCHAR, department VARCHAR, prefecture_code VARCHAR, province_code VARCHAR,
  classified BOOLEAN, as_of DATE);
INSERT INTO marts.feedback VALUES
 ('a000000000000003', DATE '2018-09-12', 'rectified', 'rejected', 'no_evidence', 'open', 'open', 'S1', NULL, 'DUPLICATE_PAYEE', 'orange',
  'C01', '653121', '农业处', '653100', '650000', false, DATE '2018-10-31'),
 ('a000000000000007', DATE '2018-10-15', 'rectified', 'accepted', NULL, 'open', 'rectified', 'S1', 'doc:1', 'ISSUE_OVERDUE', 'orange',
  'C01', '653100', '农业处', '653100', '650000', false, DATE '2018-10-31'),
 ('a000000000000003', DATE '2018-10-20', 'confirmed_normal', 'rejected', 'no_evidence', 'open', 'open', 'S1', NULL, 'DUPLICATE_PAYEE', 'orange',
  'C01', '653121', '农业处', '653100', '650000', false, DATE '2018-10-31'),
 ('f000000000000099', DATE '2018-10-25', 'rectifying', 'rejected', 'unknown_warning', NULL, NULL, 'S3', NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, DATE '2018-10-31'),
 ('f000000000000098', DATE '2018-10-26', 'rectified', 'rejected', 'unknown_warning', NULL, NULL, NULL, 'doc:9', NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, DATE '2018-10-31');
