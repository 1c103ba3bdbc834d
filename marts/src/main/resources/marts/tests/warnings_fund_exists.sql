-- An empty fund is allowed (a project hit with neither allocation nor payment, see warnings_keys_not_null).
SELECT w.warning_id, w.fund_code FROM ${schema}.warnings w
LEFT JOIN model.dim_fund f ON f.fund_code = w.fund_code
WHERE w.fund_code IS NOT NULL AND f.fund_code IS NULL
