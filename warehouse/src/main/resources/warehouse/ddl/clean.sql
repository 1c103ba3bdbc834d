-- Clean layer: one typed, keyed table per contract entity (contract.md v1.2).
-- Codes are normalised (level, origin, status, payee_type in English; flags as BOOLEAN);
-- every row keeps its lineage: the batch that loaded it and the source file's base name and line
-- (header = line 1). Replaced versions move to clean.<entity>_history with the batch that replaced them.
CREATE SCHEMA IF NOT EXISTS clean;

CREATE TABLE IF NOT EXISTS clean.regions (
  region_code VARCHAR NOT NULL PRIMARY KEY, name VARCHAR NOT NULL,
  level VARCHAR NOT NULL,            -- central | province | prefecture | county
  parent_code VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.poverty_status (
  region_code VARCHAR NOT NULL, status VARCHAR NOT NULL,  -- poverty | deep_poverty
  valid_from DATE NOT NULL, valid_to DATE,                 -- both inclusive; NULL = open
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  PRIMARY KEY (region_code, status, valid_from));

CREATE TABLE IF NOT EXISTS clean.funds (
  fund_code VARCHAR NOT NULL PRIMARY KEY, name VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,           -- central | regional | local
  department VARCHAR NOT NULL, classified BOOLEAN NOT NULL, scope_profile VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.scope_rules (
  scope_profile VARCHAR NOT NULL, kind VARCHAR NOT NULL,   -- econ_deny | func_allow
  code_prefix VARCHAR NOT NULL, reason VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  PRIMARY KEY (scope_profile, kind, code_prefix));

CREATE TABLE IF NOT EXISTS clean.staff (
  staff_id VARCHAR NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, department VARCHAR NOT NULL,
  region_code VARCHAR NOT NULL, role VARCHAR NOT NULL,     -- 总收发 | 收发 | 经办 | 审核
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.indicators (
  indicator_id VARCHAR NOT NULL PRIMARY KEY, fiscal_year INTEGER NOT NULL,
  doc_no VARCHAR NOT NULL, doc_no_normalised VARCHAR NOT NULL, parent_indicator_id VARCHAR,
  fund_code VARCHAR NOT NULL, issuer_region VARCHAR NOT NULL, recipient_region VARCHAR NOT NULL,
  amount DECIMAL(18,2) NOT NULL, poverty_amount DECIMAL(18,2) NOT NULL,  -- empty in the extract = amount
  doc_date DATE NOT NULL, received_date DATE, func_class VARCHAR,
  exempt BOOLEAN NOT NULL, attachment VARCHAR, handler_id VARCHAR, reviewer_id VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.projects (
  project_id VARCHAR NOT NULL PRIMARY KEY, county_code VARCHAR NOT NULL, name VARCHAR NOT NULL,
  category VARCHAR, in_plan BOOLEAN NOT NULL, approved_date DATE,
  status VARCHAR NOT NULL,           -- 储备 | 实施 | 完工 | 终止
  start_date DATE, end_date DATE, implementing_unit VARCHAR, budget DECIMAL(18,2),
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.allocations (
  allocation_id VARCHAR NOT NULL PRIMARY KEY, indicator_id VARCHAR NOT NULL, project_id VARCHAR NOT NULL,
  amount DECIMAL(18,2) NOT NULL, alloc_date DATE NOT NULL, handler_id VARCHAR, reviewer_id VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS clean.performance_targets (
  project_id VARCHAR NOT NULL, target_id VARCHAR NOT NULL, level1 VARCHAR NOT NULL, level2 VARCHAR,
  name VARCHAR NOT NULL, direction VARCHAR NOT NULL,       -- >= | <= | =
  target_value DECIMAL(20,4) NOT NULL, unit VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  PRIMARY KEY (project_id, target_id));

CREATE TABLE IF NOT EXISTS clean.performance_actuals (
  project_id VARCHAR NOT NULL, target_id VARCHAR NOT NULL, as_of DATE NOT NULL,
  actual_value DECIMAL(20,4) NOT NULL,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  PRIMARY KEY (project_id, target_id, as_of));

CREATE TABLE IF NOT EXISTS clean.treasury_transfers (
  transfer_id VARCHAR NOT NULL PRIMARY KEY, doc_no VARCHAR NOT NULL, doc_no_normalised VARCHAR NOT NULL,
  fund_code VARCHAR NOT NULL, from_region VARCHAR NOT NULL, to_region VARCHAR NOT NULL,
  amount DECIMAL(18,2) NOT NULL, transfer_date DATE NOT NULL,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

-- payments has no PRIMARY KEY index: the merge keeps payment_id unique, and at 10^7 rows the index
-- alone cost as much as the rest of the load. The key is payment_id.
CREATE TABLE IF NOT EXISTS clean.payments (
  payment_id VARCHAR NOT NULL, pay_date DATE NOT NULL, region_code VARCHAR NOT NULL,
  agency VARCHAR, indicator_id VARCHAR NOT NULL, project_id VARCHAR, fund_code VARCHAR NOT NULL,
  func_class VARCHAR NOT NULL, econ_class VARCHAR NOT NULL,
  payee_type VARCHAR NOT NULL,       -- person | enterprise | unit
  payee_id VARCHAR NOT NULL, payee_name VARCHAR, payee_account VARCHAR, purpose VARCHAR,
  amount DECIMAL(18,2) NOT NULL,     -- negative = refund
  refund_of VARCHAR, handler_id VARCHAR, reviewer_id VARCHAR,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);

-- The contract's column `at` is stored as at_date: AT is a keyword in DuckDB's grammar.
CREATE TABLE IF NOT EXISTS clean.rectifications (
  warning_id VARCHAR NOT NULL, at_date DATE NOT NULL,
  status VARCHAR NOT NULL,           -- confirmed_normal | confirmed_violation | rectifying | rectified
  by_staff VARCHAR, note VARCHAR,
  evidence VARCHAR,                  -- v1.2: the 佐证材料 (path or reference); an older file gets it through added_columns.csv
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  PRIMARY KEY (warning_id, at_date));

-- Shipped reference only (not a contract entity): the 处室 of the Finance Department.
CREATE TABLE IF NOT EXISTS clean.departments (
  department VARCHAR NOT NULL PRIMARY KEY, name_en VARCHAR NOT NULL, department_code VARCHAR NOT NULL,
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL);
