-- Portable DDL: plain types, no engine options; both engines create session-scoped views over VALUES.
CREATE OR REPLACE TEMPORARY VIEW payment AS SELECT * FROM (VALUES
  ('P1', '652923', CAST('2018-03-01' AS DATE), CAST('2018-03-31' AS DATE), CAST(100.10 AS DECIMAL(18, 2)), '张三'),
  ('P2', '652923', CAST('2018-02-27' AS DATE), CAST('2018-03-01' AS DATE), CAST(0.01 AS DECIMAL(18, 2)), '李四'),
  ('P3', '653121', CAST('2018-12-31' AS DATE), CAST('2019-01-30' AS DATE), CAST(99999999.99 AS DECIMAL(18, 2)), '王五'),
  ('P4', '653121', CAST('2018-06-15' AS DATE), CAST('2018-06-15' AS DATE), CAST(-12.35 AS DECIMAL(18, 2)), NULL),
  ('P5', '650000', CAST('2016-02-28' AS DATE), CAST('2016-03-01' AS DATE), CAST(0.05 AS DECIMAL(18, 2)), '赵六')
) AS t(payment_id, county_code, received_date, paid_date, amount, payee);
CREATE OR REPLACE TEMPORARY VIEW region AS SELECT * FROM (VALUES
  ('652923', '库车县'), ('653121', '疏附县'), ('654223', '沙湾县')
) AS t(county_code, county_name);
