-- A project with neither an allocation nor a payment by D has no fund (rules.md, Grain: the fund of its
-- first allocation or payment), hence no department, and its TARGET_SHORTFALL still hits.
SELECT warning_id, rule FROM ${schema}.warnings
WHERE warning_id IS NULL OR rule IS NULL OR level IS NULL OR amount IS NULL OR status IS NULL
   OR (department IS NULL AND fund_code IS NOT NULL)
