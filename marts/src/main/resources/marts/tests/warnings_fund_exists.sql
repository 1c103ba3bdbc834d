SELECT w.warning_id, w.fund_code FROM ${schema}.warnings w
LEFT JOIN model.dim_fund f ON f.fund_code = w.fund_code
WHERE f.fund_code IS NULL
