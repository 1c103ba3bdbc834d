-- Spark's twin of dialect/duckdb.sql: the same parsers with the same names and meanings, as SQL functions
-- of the session (Spark 4 SQL UDFs). DuckDB's regexp_full_match matches the whole text; RLIKE finds a
-- match anywhere, so every pattern here is anchored (\z, not $, which Java lets match before a final line
-- break). Backslashes are doubled: Spark string literals use them as escapes. try_to_date rejects
-- impossible days (2018-02-30) and reads one or two digits of month and day, as try_strptime does.
-- try_cast: a number too large for its column is NULL, as in DuckDB (a plain CAST fails the statement).
-- DuckDB's trim takes off the Unicode space separators (Zs: the space, U+00A0, U+3000 the full-width space,
-- ...) and nothing else; Spark's only the ASCII space. Every trim of the ingest is this one.
CREATE OR REPLACE TEMPORARY FUNCTION ft_trim(x STRING) RETURNS STRING RETURN regexp_replace(x, '^\\p{Zs}+|\\p{Zs}+\\z', '');
CREATE OR REPLACE TEMPORARY FUNCTION ft_matches(x STRING, p STRING) RETURNS BOOLEAN RETURN x RLIKE concat('^(?:', p, ')\\z');
CREATE OR REPLACE TEMPORARY FUNCTION ft_blank(x STRING) RETURNS BOOLEAN RETURN x IS NULL OR ft_trim(x) = '';
CREATE OR REPLACE TEMPORARY FUNCTION ft_has_control(x STRING, free_text BOOLEAN) RETURNS BOOLEAN RETURN x RLIKE CASE WHEN free_text
  THEN '[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]' ELSE '[\\x00-\\x1F\\x7F-\\x9F]' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_region(x STRING) RETURNS STRING RETURN CASE WHEN ft_trim(x) RLIKE '^[0-9]{6}\\z' THEN ft_trim(x) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_year(x STRING) RETURNS INT RETURN CASE WHEN ft_trim(x) RLIKE '^[0-9]{4}\\z' THEN CAST(ft_trim(x) AS INT) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_amount(x STRING) RETURNS DECIMAL(18, 2) RETURN CAST(CASE
  WHEN x RLIKE '^-?[0-9]+([.][0-9]{1,2})?\\z' THEN try_cast(x AS DECIMAL(16, 2))
  WHEN ft_trim(x) RLIKE '^-?[¥￥]?-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)([.][0-9]{1,2})?\\z'
   AND NOT ft_trim(x) RLIKE '^-[¥￥]?-'
  THEN try_cast(regexp_replace(ft_trim(x), '[,¥￥]', '') AS DECIMAL(16, 2)) END AS DECIMAL(18, 2));
CREATE OR REPLACE TEMPORARY FUNCTION ft_number(x STRING) RETURNS DECIMAL(20, 4) RETURN CASE
  WHEN ft_trim(x) RLIKE '^-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)([.][0-9]{1,4})?\\z'
  THEN try_cast(replace(ft_trim(x), ',', '') AS DECIMAL(20, 4)) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_date(x STRING) RETURNS DATE RETURN CASE
  WHEN x RLIKE '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\z' THEN try_to_date(x, 'yyyy-M-d')
  WHEN ft_trim(x) RLIKE '^[0-9]{8}\\z' THEN try_to_date(ft_trim(x), 'yyyyMMdd')
  WHEN ft_trim(x) RLIKE '^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\\z'
    THEN try_to_date(replace(replace(replace(replace(ft_trim(x), '/', '-'), '年', '-'), '月', '-'), '日', ''), 'yyyy-M-d')
  END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_level(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'central' THEN 'central' WHEN '中央' THEN 'central' WHEN 'province' THEN 'province' WHEN '省' THEN 'province'
  WHEN 'prefecture' THEN 'prefecture' WHEN '地' THEN 'prefecture' WHEN 'county' THEN 'county' WHEN '县' THEN 'county' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_origin(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'central' THEN 'central' WHEN '中央' THEN 'central' WHEN 'regional' THEN 'regional' WHEN '自治区' THEN 'regional'
  WHEN 'local' THEN 'local' WHEN '地方' THEN 'local' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_poverty_status(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'poverty' THEN 'poverty' WHEN '贫困县' THEN 'poverty' WHEN 'deep_poverty' THEN 'deep_poverty' WHEN '深度贫困县' THEN 'deep_poverty' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_flag(x STRING) RETURNS BOOLEAN RETURN CASE upper(ft_trim(x))
  WHEN 'Y' THEN true WHEN '是' THEN true WHEN 'N' THEN false WHEN '否' THEN false END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_scope_kind(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'econ_deny' THEN 'econ_deny' WHEN 'func_allow' THEN 'func_allow' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_role(x STRING) RETURNS STRING RETURN CASE WHEN ft_trim(x) IN ('总收发', '收发', '经办', '审核') THEN ft_trim(x) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_project_status(x STRING) RETURNS STRING RETURN CASE WHEN ft_trim(x) IN ('储备', '实施', '完工', '终止') THEN ft_trim(x) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_direction(x STRING) RETURNS STRING RETURN CASE WHEN ft_trim(x) IN ('>=', '<=', '=') THEN ft_trim(x) END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_payee_type(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'person' THEN 'person' WHEN '个人' THEN 'person' WHEN 'enterprise' THEN 'enterprise' WHEN '企业' THEN 'enterprise'
  WHEN 'unit' THEN 'unit' WHEN '单位' THEN 'unit' END;
CREATE OR REPLACE TEMPORARY FUNCTION ft_rectification_status(x STRING) RETURNS STRING RETURN CASE lower(ft_trim(x))
  WHEN 'confirmed_normal' THEN 'confirmed_normal' WHEN '核实正常' THEN 'confirmed_normal'
  WHEN 'confirmed_violation' THEN 'confirmed_violation' WHEN '认定违规' THEN 'confirmed_violation'
  WHEN 'rectifying' THEN 'rectifying' WHEN '整改中' THEN 'rectifying' WHEN 'rectified' THEN 'rectified' WHEN '已整改' THEN 'rectified' END;
-- 文号 for matching: every bracket pair becomes 〔〕 and all white space (also full-width and no-break)
-- goes, as io.fundtrace.ingest.format.DocumentNumber does.
CREATE OR REPLACE TEMPORARY FUNCTION ft_doc_no(x STRING) RETURNS STRING RETURN regexp_replace(regexp_replace(regexp_replace(x,
  '[﹝\\[【(（]', '〔'), '[﹞\\]】)）]', '〕'), '[\\s\\x{3000}\\x{00A0}]', '');
