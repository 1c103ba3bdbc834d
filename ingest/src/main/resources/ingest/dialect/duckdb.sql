-- Parsers shared by validation and the clean layer. Each returns NULL for a value it does not accept,
-- so "raw not empty and parsed NULL" is the malformed-value rule. Codes come out in English.
-- Spark's twin is dialect/spark.sql: same names and meanings.
-- Whole-text pattern match, for the validation files (Spark's RLIKE matches anywhere).
-- The trim of every value: the Unicode space separators (Zs: the space, U+00A0, U+3000 the full-width
-- space, ...), not tabs or line breaks; Spark's twin spells it out.
CREATE OR REPLACE TEMP MACRO ft_trim(x) AS trim(x);
CREATE OR REPLACE TEMP MACRO ft_matches(x, p) AS regexp_full_match(x, p);
CREATE OR REPLACE TEMP MACRO ft_blank(x) AS (x IS NULL OR ft_trim(x) = '');
-- A control character in a value (C0, DEL, C1); free text may hold tabs and line breaks.
CREATE OR REPLACE TEMP MACRO ft_has_control(x, free_text) AS regexp_matches(x, CASE WHEN free_text
  THEN '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x{9F}]' ELSE '[\x00-\x1F\x7F-\x{9F}]' END);
CREATE OR REPLACE TEMP MACRO ft_region(x) AS CASE WHEN regexp_full_match(ft_trim(x), '[0-9]{6}') THEN ft_trim(x) END;
CREATE OR REPLACE TEMP MACRO ft_year(x) AS CASE WHEN regexp_full_match(ft_trim(x), '[0-9]{4}') THEN CAST(ft_trim(x) AS INTEGER) END;
-- 1234.50, 1,234.50 (thousands grouped by 3), ¥1234.5, ￥1234.5; at most 2 decimals; exact decimal.
-- The first branch is the plain form most exports use, taken with one pattern match instead of three
-- passes; it yields what the general branch yields for the same text. An amount of more than 14 digits
-- before the point (10^14 yuan, more than a whole national budget: a bank account or an ID typed into
-- the column) is NULL, as any text the parser does not take: TRY_CAST to DECIMAL(16,2). The column holds
-- DECIMAL(18,2), so the marts' sums of such amounts stay within it: at 16 digits two rows could
-- overflow a sum and stop every build.
CREATE OR REPLACE TEMP MACRO ft_amount(x) AS CAST(CASE
  WHEN regexp_full_match(x, '-?[0-9]+(\.[0-9]{1,2})?') THEN TRY_CAST(x AS DECIMAL(16,2))
  WHEN regexp_full_match(ft_trim(x), '-?[¥￥]?-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?')
   AND NOT regexp_full_match(ft_trim(x), '-[¥￥]?-.*')
  THEN TRY_CAST(regexp_replace(ft_trim(x), '[,¥￥]', '', 'g') AS DECIMAL(16,2)) END AS DECIMAL(18,2));
CREATE OR REPLACE TEMP MACRO ft_number(x) AS CASE
  WHEN regexp_full_match(ft_trim(x), '-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]{1,4})?')
  THEN TRY_CAST(replace(ft_trim(x), ',', '') AS DECIMAL(20,4)) END;
-- 2018-09-07, 2018/9/7, 20180907, 2018年9月7日; impossible days (2018-02-30) are NULL.
-- The first branch is the plain ISO form, without the trim and the four replaces of the general one.
CREATE OR REPLACE TEMP MACRO ft_date(x) AS CAST(CASE
  WHEN regexp_full_match(x, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}') THEN try_strptime(x, '%Y-%m-%d')
  WHEN regexp_full_match(ft_trim(x), '[0-9]{8}')
    THEN try_strptime(ft_trim(x), '%Y%m%d')
  WHEN regexp_full_match(ft_trim(x), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日')
    THEN try_strptime(replace(replace(replace(replace(ft_trim(x), '/', '-'), '年', '-'), '月', '-'), '日', ''), '%Y-%m-%d')
  END AS DATE);
CREATE OR REPLACE TEMP MACRO ft_level(x) AS CASE lower(ft_trim(x))
  WHEN 'central' THEN 'central' WHEN '中央' THEN 'central' WHEN 'province' THEN 'province' WHEN '省' THEN 'province'
  WHEN 'prefecture' THEN 'prefecture' WHEN '地' THEN 'prefecture' WHEN 'county' THEN 'county' WHEN '县' THEN 'county' END;
CREATE OR REPLACE TEMP MACRO ft_origin(x) AS CASE lower(ft_trim(x))
  WHEN 'central' THEN 'central' WHEN '中央' THEN 'central' WHEN 'regional' THEN 'regional' WHEN '自治区' THEN 'regional'
  WHEN 'local' THEN 'local' WHEN '地方' THEN 'local' END;
CREATE OR REPLACE TEMP MACRO ft_poverty_status(x) AS CASE lower(ft_trim(x))
  WHEN 'poverty' THEN 'poverty' WHEN '贫困县' THEN 'poverty' WHEN 'deep_poverty' THEN 'deep_poverty' WHEN '深度贫困县' THEN 'deep_poverty' END;
CREATE OR REPLACE TEMP MACRO ft_flag(x) AS CASE upper(ft_trim(x))
  WHEN 'Y' THEN true WHEN '是' THEN true WHEN 'N' THEN false WHEN '否' THEN false END;
CREATE OR REPLACE TEMP MACRO ft_scope_kind(x) AS CASE lower(ft_trim(x)) WHEN 'econ_deny' THEN 'econ_deny' WHEN 'func_allow' THEN 'func_allow' END;
CREATE OR REPLACE TEMP MACRO ft_role(x) AS CASE WHEN ft_trim(x) IN ('总收发', '收发', '经办', '审核') THEN ft_trim(x) END;
CREATE OR REPLACE TEMP MACRO ft_project_status(x) AS CASE WHEN ft_trim(x) IN ('储备', '实施', '完工', '终止') THEN ft_trim(x) END;
CREATE OR REPLACE TEMP MACRO ft_direction(x) AS CASE WHEN ft_trim(x) IN ('>=', '<=', '=') THEN ft_trim(x) END;
CREATE OR REPLACE TEMP MACRO ft_payee_type(x) AS CASE lower(ft_trim(x))
  WHEN 'person' THEN 'person' WHEN '个人' THEN 'person' WHEN 'enterprise' THEN 'enterprise' WHEN '企业' THEN 'enterprise'
  WHEN 'unit' THEN 'unit' WHEN '单位' THEN 'unit' END;
CREATE OR REPLACE TEMP MACRO ft_rectification_status(x) AS CASE lower(ft_trim(x))
  WHEN 'confirmed_normal' THEN 'confirmed_normal' WHEN '核实正常' THEN 'confirmed_normal'
  WHEN 'confirmed_violation' THEN 'confirmed_violation' WHEN '认定违规' THEN 'confirmed_violation'
  WHEN 'rectifying' THEN 'rectifying' WHEN '整改中' THEN 'rectifying' WHEN 'rectified' THEN 'rectified' WHEN '已整改' THEN 'rectified' END;
-- 文号 for matching: every bracket pair becomes 〔〕 and all white space (also full-width and no-break)
-- goes, as io.fundtrace.ingest.format.DocumentNumber does.
CREATE OR REPLACE TEMP MACRO ft_doc_no(x) AS regexp_replace(regexp_replace(regexp_replace(x,
  '[﹝\[【(（]', '〔', 'g'), '[﹞\]】)）]', '〕', 'g'), '[\s\x{3000}\x{00A0}]', '', 'g');
