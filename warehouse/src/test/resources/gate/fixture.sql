-- A small warehouse for the gate's tests: two prefectures of Xinjiang with counties, four funds of
-- three departments (R08 classified), indicators, allocations, payments, transfers and every mart.
INSERT INTO clean.regions VALUES
 ('100000', '中央', 'central', NULL, 1, 'regions.csv', 2),
 ('650000', '新疆维吾尔自治区', 'province', '100000', 1, 'regions.csv', 3),
 ('653100', '喀什地区', 'prefecture', '650000', 1, 'regions.csv', 4),
 ('653121', '疏附县', 'county', '653100', 1, 'regions.csv', 5),
 ('653122', '疏勒县', 'county', '653100', 1, 'regions.csv', 6),
 ('653200', '和田地区', 'prefecture', '650000', 1, 'regions.csv', 7),
 ('653221', '和田县', 'county', '653200', 1, 'regions.csv', 8);
INSERT INTO clean.departments VALUES
 ('预算处', 'Budget Division', 'D02', 1, 'departments.csv', 3),
 ('教科文处', 'Education, Science and Culture Division', 'D05', 1, 'departments.csv', 6),
 ('经建处', 'Economic Construction Division', 'D03', 1, 'departments.csv', 4),
 ('行政政法处', 'Administration and Law Division', 'D04', 1, 'departments.csv', 5);
INSERT INTO clean.funds VALUES
 ('C01', '重点生态功能区转移支付', 'central', '预算处', false, 'default', 1, 'funds.csv', 2),
 ('C10', '公共文化服务体系建设专项资金', 'central', '教科文处', false, 'default', 1, 'funds.csv', 11),
 ('R01', '高标准基本农田建设资金', 'regional', '经建处', false, 'default', 1, 'funds.csv', 43),
 ('R08', '护边员补助经费', 'regional', '行政政法处', true, 'default', 1, 'funds.csv', 50);
INSERT INTO clean.poverty_status VALUES
 ('653121', 'deep_poverty', DATE '2014-01-01', NULL, 1, 'poverty_status.csv', 2),
 ('653221', 'deep_poverty', DATE '2014-01-01', NULL, 1, 'poverty_status.csv', 3);
INSERT INTO clean.scope_rules VALUES ('default', 'econ_deny', '301', '工资福利', 1, 'scope_rules.csv', 2);
INSERT INTO clean.staff VALUES
 ('S650000001', '王芳', '预算处', '650000', '经办', 1, 'staff.csv', 2),
 ('S653121001', '李强', '预算处', '653121', '经办', 1, 'staff.csv', 3),
 ('S653221001', '赵磊', '教科文处', '653221', '审核', 1, 'staff.csv', 4);
INSERT INTO clean.projects VALUES
 ('P653121001', '653121', '疏附县道路', '基础设施', true, DATE '2018-03-01', '实施', DATE '2018-03-10', NULL, '交通局', 1000000.00, 2, 'projects.csv', 2),
 ('P653122001', '653122', '疏勒县灌溉', '农业', true, DATE '2018-03-01', '完工', DATE '2018-03-10', DATE '2018-09-30', '水利局', 500000.00, 2, 'projects.csv', 3),
 ('P653221001', '653221', '和田县文化室', '文化', true, DATE '2018-04-01', '实施', DATE '2018-04-10', NULL, '文化局', 300000.00, 2, 'projects.csv', 4);
INSERT INTO clean.indicators VALUES
 ('I1', 2018, '新财预〔2018〕1号', '新财预2018-1', NULL, 'C01', '650000', '653121', 800000.00, 800000.00, DATE '2018-02-01', DATE '2018-02-03', '2130', false, 'a.pdf', 'S650000001', NULL, 2, 'indicators.csv', 2),
 ('I2', 2018, '新财预〔2018〕2号', '新财预2018-2', NULL, 'C01', '650000', '653122', 600000.00, 600000.00, DATE '2018-02-01', NULL, '2130', false, NULL, 'S650000001', NULL, 2, 'indicators.csv', 3),
 ('I3', 2018, '新财教〔2018〕3号', '新财教2018-3', NULL, 'C10', '650000', '653221', 300000.00, 300000.00, DATE '2018-03-01', NULL, '2070', false, NULL, NULL, NULL, 2, 'indicators.csv', 4),
 ('I4', 2018, '新财建〔2018〕4号', '新财建2018-4', NULL, 'R01', '650000', '653122', 400000.00, 400000.00, DATE '2018-03-05', NULL, '2130', false, NULL, NULL, NULL, 2, 'indicators.csv', 5),
 ('I5', 2018, '新财政〔2018〕5号', '新财政2018-5', NULL, 'R08', '650000', '653121', 200000.00, 200000.00, DATE '2018-03-05', NULL, '2080', false, NULL, NULL, NULL, 2, 'indicators.csv', 6),
 ('I6', 2018, '新财政〔2018〕6号', '新财政2018-6', NULL, 'R08', '650000', '653221', 100000.00, 100000.00, DATE '2018-03-05', NULL, '2080', false, NULL, NULL, NULL, 2, 'indicators.csv', 7);
INSERT INTO clean.allocations VALUES
 ('A1', 'I1', 'P653121001', 500000.00, DATE '2018-03-15', NULL, NULL, 2, 'allocations.csv', 2),
 ('A2', 'I4', 'P653122001', 400000.00, DATE '2018-03-20', NULL, NULL, 2, 'allocations.csv', 3),
 ('A3', 'I3', 'P653221001', 300000.00, DATE '2018-04-20', NULL, NULL, 2, 'allocations.csv', 4),
 ('A4', 'I5', 'P653121001', 200000.00, DATE '2018-04-20', NULL, NULL, 2, 'allocations.csv', 5);
INSERT INTO clean.payments VALUES
 ('PAY1', DATE '2018-04-01', '653121', '交通局', 'I1', 'P653121001', 'C01', '2130', '310', 'person', '653121198001011234', '张三丰', '6228480012345678', '劳务', 3000.00, NULL, NULL, NULL, 2, 'payments.csv', 2),
 ('PAY2', DATE '2018-04-15', '653121', '交通局', 'I1', 'P653121001', 'C01', '2130', '310', 'person', '653121198001011234', '张三丰', '6228480012345678', '劳务', 2000.00, NULL, NULL, NULL, 2, 'payments.csv', 3),
 ('PAY3', DATE '2018-05-01', '653122', '水利局', 'I4', 'P653122001', 'R01', '2130', '310', 'person', '653122199002025678', '李四', '6228480099998888', '劳务', 5000.00, NULL, NULL, NULL, 2, 'payments.csv', 4),
 ('PAY4', DATE '2018-05-02', '653221', '文化局', 'I3', 'P653221001', 'C10', '2070', '310', 'enterprise', '91653200MA77XXXX1K', '和田建设公司', '6228480011112222', '工程款', 80000.00, NULL, NULL, NULL, 2, 'payments.csv', 5),
 ('PAY5', DATE '2018-05-03', '653121', '边防办', 'I5', 'P653121001', 'R08', '2080', '303', 'person', '653121197503039999', '王五', '6228480033334444', '护边员补助', 1500.00, NULL, NULL, NULL, 2, 'payments.csv', 6),
 ('PAY6', DATE '2018-05-04', '653221', '边防办', 'I6', NULL, 'R08', '2080', '303', 'person', '653221198808087777', '赵六', '6228480055556666', '护边员补助', 1500.00, NULL, NULL, NULL, 2, 'payments.csv', 7),
 ('PAY7', DATE '2018-05-05', '653122', '水利局', 'I2', NULL, 'C01', '2130', '310', 'person', '653122199002025678', '李四', '6228480099998888', '劳务', 700.00, NULL, NULL, NULL, 2, 'payments.csv', 8);
INSERT INTO clean.treasury_transfers VALUES
 ('T1', '新财预〔2018〕1号', '新财预2018-1', 'C01', '650000', '653121', 800000.00, DATE '2018-02-05', 2, 'transfers.csv', 2),
 ('T2', '新财政〔2018〕5号', '新财政2018-5', 'R08', '650000', '653121', 200000.00, DATE '2018-03-06', 2, 'transfers.csv', 3),
 ('T3', '新财教〔2018〕3号', '新财教2018-3', 'C10', '650000', '653221', 300000.00, DATE '2018-03-06', 2, 'transfers.csv', 4);
INSERT INTO clean.performance_targets VALUES
 ('P653121001', 'T01', '产出指标', '数量指标', '道路长度', '>=', 10.0000, '公里', 2, 'targets.csv', 2),
 ('P653221001', 'T01', '产出指标', '数量指标', '文化室', '>=', 1.0000, '个', 2, 'targets.csv', 3);
INSERT INTO clean.performance_actuals VALUES
 ('P653121001', 'T01', DATE '2018-06-30', 6.0000, 2, 'actuals.csv', 2),
 ('P653221001', 'T01', DATE '2018-06-30', 1.0000, 2, 'actuals.csv', 3);
INSERT INTO clean.rectifications VALUES ('w1', DATE '2018-07-01', 'rectifying', 'S650000001', '已整改', NULL, 2, 'rectifications.csv', 2);
INSERT INTO audit.batches VALUES (2, 'drop-2018-10', DATE '2018-10-31', 'duckdb', '0.1.0', TIMESTAMP '2018-10-31 08:00:00', TIMESTAMP '2018-10-31 08:00:05', 9, 0, 0, 40, 40, 0, 0, 0);
INSERT INTO audit.batch_files VALUES (2, 'payments.csv', 'payments', 'abc', 'UTF-8', 'english', 'loaded', NULL, 7, 7, 0, 0, 12);

-- The marts as marts/README.md describes them (the marts module builds them for real).
CREATE SCHEMA marts;
CREATE TABLE marts.warnings (warning_id VARCHAR, rule VARCHAR, level VARCHAR, fiscal_year INTEGER, fund_code VARCHAR,
  region_code VARCHAR, project_id VARCHAR, indicator_id VARCHAR, payment_id VARCHAR, amount DECIMAL(18,2), days INTEGER,
  reason VARCHAR, department VARCHAR, handler_id VARCHAR, reviewer_id VARCHAR, status VARCHAR, evidence VARCHAR,
  as_of DATE, prefecture_code VARCHAR, province_code VARCHAR, classified BOOLEAN, payee_id VARCHAR,
  dispatched_on DATE, dispatched_level VARCHAR, due_on DATE, status_on DATE, overdue_days INTEGER, hit BOOLEAN, last_hit_on DATE);
INSERT INTO marts.warnings VALUES
 ('w1', 'DUPLICATE_PAYEE', 'orange', 2018, 'C01', '653121', 'P653121001', 'I1', 'PAY2', 2000.00, NULL, 'same_month', '预算处', 'S653121001', 'S650000001', 'rectifying', 'payment:PAY1;payment:PAY2', DATE '2018-10-31', '653100', '650000', false, '653121198001011234', DATE '2018-06-30', 'orange', DATE '2018-07-30', DATE '2018-07-01', 93, true, DATE '2018-10-31'),
 ('w2', 'IDLE_FUNDS', 'yellow', 2018, 'C01', '653122', NULL, 'I2', NULL, 599300.00, NULL, NULL, '预算处', 'S650000001', NULL, 'open', 'indicator:I2', DATE '2018-10-31', '653100', '650000', false, NULL, DATE '2018-09-30', 'yellow', DATE '2018-11-29', NULL, NULL, true, DATE '2018-10-31'),
 ('w3', 'OUT_OF_SCOPE', 'orange', 2018, 'R08', '653221', NULL, 'I6', 'PAY6', 1500.00, NULL, 'project_missing', '行政政法处', NULL, NULL, 'new', 'payment:PAY6', DATE '2018-10-31', '653200', '650000', true, '653221198808087777', NULL, NULL, NULL, NULL, NULL, true, DATE '2018-10-31'),
 ('w4', 'DOC_NOT_ATTACHED', 'blue', 2018, 'C10', '653221', NULL, 'I3', NULL, 300000.00, NULL, NULL, '教科文处', NULL, NULL, 'resolved_by_data', 'indicator:I3', DATE '2018-10-31', '653200', '650000', false, NULL, DATE '2018-05-31', 'blue', NULL, NULL, NULL, false, DATE '2018-08-31');
CREATE TABLE marts.feedback (warning_id VARCHAR, "at" DATE, status VARCHAR, outcome VARCHAR, reason VARCHAR,
  status_before VARCHAR, status_after VARCHAR, by_staff VARCHAR, evidence VARCHAR, rule VARCHAR, lifecycle_level VARCHAR,
  fund_code VARCHAR, region_code VARCHAR, department VARCHAR, prefecture_code VARCHAR, province_code VARCHAR,
  classified BOOLEAN, as_of DATE);
INSERT INTO marts.feedback VALUES
 ('w1', DATE '2018-07-01', 'rectifying', 'accepted', NULL, 'open', 'rectifying', 'S650000001', NULL, 'DUPLICATE_PAYEE', 'orange', 'C01', '653121', '预算处', '653100', '650000', false, DATE '2018-10-31'),
 ('w1', DATE '2018-08-01', 'rectified', 'rejected', 'no_evidence', 'rectifying', 'rectifying', 'S650000001', NULL, 'DUPLICATE_PAYEE', 'orange', 'C01', '653121', '预算处', '653100', '650000', false, DATE '2018-10-31'),
 ('w3', DATE '2018-08-01', 'confirmed_normal', 'accepted', NULL, 'open', 'confirmed_normal', 'S650000001', 'evidence/w3.pdf', 'OUT_OF_SCOPE', 'orange', 'R08', '653221', '行政政法处', '653200', '650000', true, DATE '2018-10-31'),
 ('w9', DATE '2018-08-02', 'rectified', 'rejected', 'unknown_warning', NULL, NULL, 'S650000001', 'evidence/w9.pdf', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, DATE '2018-10-31');
CREATE TABLE marts.ledger (fund_code VARCHAR, region_code VARCHAR, year INTEGER, month INTEGER, received DECIMAL(18,2),
  issued_down DECIMAL(18,2), allocated DECIMAL(18,2), paid DECIMAL(18,2), balance DECIMAL(18,2), issue_progress DECIMAL(9,4),
  spend_progress DECIMAL(9,4), open_warnings INTEGER, region_level VARCHAR, prefecture_code VARCHAR, province_code VARCHAR,
  department VARCHAR, classified BOOLEAN);
INSERT INTO marts.ledger VALUES
 ('C01', '653121', 2018, NULL, 800000.00, 0.00, 500000.00, 5000.00, 795000.00, 0.0000, 0.0063, 1, 'county', '653100', '650000', '预算处', false),
 ('C01', '653122', 2018, NULL, 600000.00, 0.00, 0.00, 700.00, 599300.00, 0.0000, 0.0012, 1, 'county', '653100', '650000', '预算处', false),
 ('R08', '653121', 2018, NULL, 200000.00, 0.00, 200000.00, 1500.00, 198500.00, 0.0000, 0.0075, 0, 'county', '653100', '650000', '行政政法处', true),
 ('C10', '653221', 2018, NULL, 300000.00, 0.00, 300000.00, 80000.00, 220000.00, 0.0000, 0.2667, 1, 'county', '653200', '650000', '教科文处', false),
 ('C01', '650000', 2018, NULL, 0.00, 1400000.00, 0.00, 0.00, -1400000.00, NULL, NULL, 0, 'province', NULL, '650000', '预算处', false),
 ('R08', '650000', 2018, NULL, 300000.00, 300000.00, 0.00, 0.00, 0.00, 1.0000, NULL, 0, 'province', NULL, '650000', '行政政法处', true);
CREATE TABLE marts.progress (region_code VARCHAR, fund_code VARCHAR, year INTEGER, month INTEGER, received DECIMAL(18,2),
  paid DECIMAL(18,2), cumulative_received DECIMAL(18,2), cumulative_paid DECIMAL(18,2), spend_progress DECIMAL(9,4),
  time_progress DECIMAL(9,4), short_progress DECIMAL(9,4), department VARCHAR, classified BOOLEAN);
INSERT INTO marts.progress VALUES
 ('653100', 'C01', 2018, 5, 0.00, 700.00, 1400000.00, 5700.00, 0.0041, 0.4167, 0.4126, '预算处', false),
 ('653200', 'C10', 2018, 5, 0.00, 80000.00, 300000.00, 80000.00, 0.2667, 0.4167, 0.1500, '教科文处', false),
 ('650000', 'R08', 2018, 5, 0.00, 0.00, 300000.00, 0.00, 0.0000, 0.4167, 0.4167, '行政政法处', true),
 ('653100', 'R08', 2018, 5, 0.00, 1500.00, 200000.00, 1500.00, 0.0075, 0.4167, 0.4092, '行政政法处', true);
CREATE TABLE marts.deep_poverty_growth (fund_code VARCHAR, province_code VARCHAR, fiscal_year INTEGER,
  all_previous DECIMAL(18,2), all_current DECIMAL(18,2), deep_previous DECIMAL(18,2), deep_current DECIMAL(18,2),
  growth_all DECIMAL(9,4), growth_deep DECIMAL(9,4), gap DECIMAL(9,4), shortfall DECIMAL(18,2), lagging BOOLEAN,
  skipped_reason VARCHAR);
INSERT INTO marts.deep_poverty_growth VALUES ('C01', '650000', 2018, NULL, 1400000.00, NULL, 800000.00, NULL, NULL, NULL, NULL, false, 'no_base_year');
CREATE TABLE marts.deep_poverty_growth_ytd (fund_code VARCHAR, province_code VARCHAR, fiscal_year INTEGER,
  all_previous DECIMAL(18,2), all_current DECIMAL(18,2), deep_previous DECIMAL(18,2), deep_current DECIMAL(18,2),
  growth_all DECIMAL(18,4), growth_deep DECIMAL(18,4), gap DECIMAL(18,4), shortfall DECIMAL(18,2), lagging BOOLEAN,
  skipped_reason VARCHAR, as_of DATE, comparison_date DATE);
INSERT INTO marts.deep_poverty_growth_ytd VALUES ('C01', '650000', 2018, NULL, 1400000.00, NULL, 800000.00, NULL, NULL, NULL, NULL, false, 'no_base_year', DATE '2018-10-31', DATE '2017-10-31');
CREATE TABLE marts.carryover (indicator_id VARCHAR, fund_code VARCHAR, fiscal_year INTEGER, region_code VARCHAR,
  region_level VARCHAR, prefecture_code VARCHAR, poverty_amount DECIMAL(18,2), issued_down DECIMAL(18,2), paid DECIMAL(18,2),
  balance DECIMAL(18,2), age_years INTEGER, age_band VARCHAR, department VARCHAR, classified BOOLEAN);
INSERT INTO marts.carryover VALUES
 ('I1', 'C01', 2018, '653121', 'county', '653100', 800000.00, 0.00, 5000.00, 795000.00, 0, 'current', '预算处', false),
 ('I5', 'R08', 2018, '653121', 'county', '653100', 200000.00, 0.00, 1500.00, 198500.00, 0, 'current', '行政政法处', true),
 ('I3', 'C10', 2018, '653221', 'county', '653200', 300000.00, 0.00, 80000.00, 220000.00, 0, 'current', '教科文处', false);
CREATE TABLE marts.reconciliation (doc_no_normalised VARCHAR, fund_code VARCHAR, from_region VARCHAR, to_region VARCHAR,
  fiscal_year INTEGER, indicator_count INTEGER, transfer_count INTEGER, indicator_amount DECIMAL(18,2),
  transfer_amount DECIMAL(18,2), difference DECIMAL(18,2), status VARCHAR, indicator_id VARCHAR,
  latest_receipt DATE, evidence VARCHAR);
INSERT INTO marts.reconciliation VALUES
 ('新财预2018-1', 'C01', '650000', '653121', 2018, 1, 1, 800000.00, 800000.00, 0.00, 'matched', 'I1', DATE '2018-03-01', 'indicator:I1;transfer:T1'),
 ('新财预2018-2', 'C01', '650000', '653122', 2018, 1, 0, 600000.00, NULL, 600000.00, 'missing_transfer', 'I2', DATE '2018-03-01', 'indicator:I2'),
 ('新财政2018-5', 'R08', '650000', '653121', 2018, 1, 1, 200000.00, 200000.00, 0.00, 'matched', 'I5', DATE '2018-03-01', 'indicator:I5;transfer:T5');
CREATE TABLE marts.performance (project_id VARCHAR, county_code VARCHAR, target_id VARCHAR, level1 VARCHAR, name VARCHAR,
  direction VARCHAR, target_value DECIMAL(20,4), actual_value DECIMAL(20,4), actual_as_of DATE, completion DECIMAL(9,4),
  met BOOLEAN, project_ended BOOLEAN);
INSERT INTO marts.performance VALUES
 ('P653121001', '653121', 'T01', '产出指标', '道路长度', '>=', 10.0000, 6.0000, DATE '2018-06-30', 0.6000, false, false),
 ('P653221001', '653221', 'T01', '产出指标', '文化室', '>=', 1.0000, 1.0000, DATE '2018-06-30', 1.0000, true, false);

-- The quarantine as the ingest leaves it (ingest/load/schemas.sql): a payment held for its payee's ID,
-- with the payee in its raw values, and a project name that is a spreadsheet formula.
CREATE SCHEMA quarantine;
CREATE TABLE quarantine.rows (batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  entity VARCHAR NOT NULL, rule VARCHAR NOT NULL, column_name VARCHAR, value VARCHAR, raw_values VARCHAR NOT NULL,
  released_batch_id BIGINT);
CREATE TABLE quarantine.rules (rule VARCHAR NOT NULL PRIMARY KEY, applies_to VARCHAR, description_en VARCHAR, description_zh VARCHAR);
INSERT INTO quarantine.rows VALUES
 (2, 'payments.csv', 9, 'payments', 'bad_person_id', 'payee_id', '65312119800101123X',
  '{"payment_id":"PAY8","payee_type":"person","payee_id":"65312119800101123X","payee_name":"孙七","payee_account":"6228480077778888","amount":"300.00"}', NULL),
 (2, 'projects.csv', 5, 'projects', 'missing_required', 'county_code', NULL,
  '{"project_id":"P9","county_code":null,"name":"=cmd|'' /C calc''!A0"}', NULL),
 -- a payment record one field wider than its header: the payee's ID stands under another key
 (2, 'payments.csv', 11, 'payments', 'wrong_field_count', NULL, '19 fields; the header has 18',
  '{"payment_id":"PAY10","purpose":"65312119800101123X","payee_id":"孙七"}', NULL);
INSERT INTO quarantine.rules VALUES
 ('bad_person_id', 'payments.payee_id (payee_type person)', 'not 18 characters (17 digits and a check character) with a valid GB 11643 check digit', '身份证号码位数、字符或校验位错误'),
 ('missing_required', 'any required column', 'a required value is empty', '必填项为空');
