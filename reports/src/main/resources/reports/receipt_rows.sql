-- Every row of one batch, loaded or quarantined, with its entity and the region it belongs to: the
-- region it names (payments: region_code, indicators: recipient_region, transfers: to_region, projects:
-- county_code, regions, staff, poverty status: region_code) or the one its indicator or project
-- belongs to (allocations, performance targets and actuals). A quarantined row's region is read from
-- its raw values and kept only when it is a known region; rows whose region cannot be told have none.
-- Loaded rows of projects, performance and reference files carry no batch in the model, so only the
-- money entities' loaded rows are attributed; every quarantined row is.
CREATE OR REPLACE TEMP TABLE receipt_row AS
WITH batch AS (SELECT CAST(? AS BIGINT) AS batch_id),
loaded AS (
  SELECT 'indicators' AS entity, i.recipient_region AS region_code, i.fund_code, i.source_file, i.source_line
  FROM model.fact_indicator i JOIN batch b ON i.batch_id = b.batch_id
  UNION ALL
  SELECT 'allocations', i.recipient_region, i.fund_code, a.source_file, a.source_line
  FROM model.fact_allocation a JOIN batch b ON a.batch_id = b.batch_id
  LEFT JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
  UNION ALL
  SELECT 'treasury_transfers', t.to_region, t.fund_code, t.source_file, t.source_line
  FROM model.fact_treasury_transfer t JOIN batch b ON t.batch_id = b.batch_id
  UNION ALL
  SELECT 'payments', p.region_code, p.fund_code, p.source_file, p.source_line
  FROM model.fact_payment p JOIN batch b ON p.batch_id = b.batch_id),
quarantined AS (
  SELECT q.entity, q.source_file, q.source_line, ANY_VALUE(q.raw_values) AS raw_values
  FROM quarantine.rows q JOIN batch b ON q.batch_id = b.batch_id
  GROUP BY q.entity, q.source_file, q.source_line),
claimed AS (
  SELECT q.entity, q.source_file, q.source_line,
         CASE WHEN q.entity = 'payments' THEN json_extract_string(q.raw_values, '$.region_code')
              WHEN q.entity = 'indicators' THEN json_extract_string(q.raw_values, '$.recipient_region')
              WHEN q.entity = 'treasury_transfers' THEN json_extract_string(q.raw_values, '$.to_region')
              WHEN q.entity = 'projects' THEN json_extract_string(q.raw_values, '$.county_code')
              WHEN q.entity IN ('regions', 'staff', 'poverty_status') THEN json_extract_string(q.raw_values, '$.region_code')
              WHEN q.entity = 'allocations' THEN
                (SELECT i.recipient_region FROM model.fact_indicator i
                 WHERE i.indicator_id = json_extract_string(q.raw_values, '$.indicator_id'))
              WHEN q.entity IN ('performance_targets', 'performance_actuals') THEN
                (SELECT p.county_code FROM model.dim_project p
                 WHERE p.project_id = json_extract_string(q.raw_values, '$.project_id'))
         END AS region_code,
         json_extract_string(q.raw_values, '$.fund_code') AS fund_code
  FROM quarantined q)
SELECT l.entity, l.region_code, l.fund_code, l.source_file, l.source_line, TRUE AS loaded FROM loaded l
UNION ALL
SELECT c.entity, r.region_code, c.fund_code, c.source_file, c.source_line, FALSE
FROM claimed c LEFT JOIN model.dim_region r ON r.region_code = c.region_code;
