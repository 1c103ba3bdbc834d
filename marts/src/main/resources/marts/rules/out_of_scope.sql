-- OUT_OF_SCOPE (seed rule 4): a payment outside its fund's scope profile, or to a project that is
-- missing, not in the plan, not yet approved, or in another county. Reasons in rules.md's order.
--
-- Speed (marts/README.md "Speed"): the scope verdict depends only on the fund and the two class codes,
-- of which a drop has a few hundred combinations, so the prefix tests run once per combination
-- (class_verdict) and the payments meet them in one equality join; testing each of 10^7 payments
-- against the rules (three correlated EXISTS) was most of this rule's time.
WITH class_combination AS (
  SELECT DISTINCT fund_code, econ_class, func_class
  FROM model.fact_payment
  WHERE pay_date <= ${as_of} AND amount > 0
),
class_verdict AS (
  SELECT c.fund_code, c.econ_class, c.func_class,
         CASE WHEN EXISTS (SELECT 1 FROM model.dim_scope_rule s
                           WHERE s.scope_profile = f.scope_profile AND s.kind = 'econ_deny'
                             AND substr(c.econ_class, 1, length(s.code_prefix)) = s.code_prefix)
              THEN 'econ_denied' END AS econ_denied,
         CASE WHEN EXISTS (SELECT 1 FROM model.dim_scope_rule s
                           WHERE s.scope_profile = f.scope_profile AND s.kind = 'func_allow')
               AND NOT EXISTS (SELECT 1 FROM model.dim_scope_rule s
                               WHERE s.scope_profile = f.scope_profile AND s.kind = 'func_allow'
                                 AND substr(c.func_class, 1, length(s.code_prefix)) = s.code_prefix)
              THEN 'func_not_allowed' END AS func_not_allowed
  FROM class_combination c
  LEFT JOIN model.dim_fund f ON f.fund_code = c.fund_code
),
checked AS (
  -- econ_class and func_class are never NULL in clean.payments, so the equality join finds every verdict
  SELECT p.payment_id, p.pay_date, p.region_code, p.indicator_id, p.project_id, p.fund_code, p.amount,
         p.payee_id, p.handler_id, p.reviewer_id, v.econ_denied, v.func_not_allowed,
         CASE WHEN pr.project_id IS NULL THEN 'project_missing' END AS project_missing,
         CASE WHEN pr.project_id IS NOT NULL AND pr.in_plan = FALSE THEN 'project_not_in_plan' END AS project_not_in_plan,
         CASE WHEN pr.project_id IS NOT NULL AND (pr.approved_date IS NULL OR pr.approved_date > p.pay_date)
              THEN 'project_not_approved' END AS project_not_approved,
         CASE WHEN pr.project_id IS NOT NULL AND pr.county_code <> p.region_code
              THEN 'project_other_county' END AS project_other_county
  FROM model.fact_payment p
  JOIN class_verdict v ON v.fund_code = p.fund_code AND v.econ_class = p.econ_class AND v.func_class = p.func_class
  LEFT JOIN model.dim_project pr ON pr.project_id = p.project_id
  WHERE p.pay_date <= ${as_of} AND p.amount > 0
)
SELECT 'OUT_OF_SCOPE' AS rule, 'orange' AS level, i.fiscal_year, c.fund_code, c.region_code,
       c.project_id, c.indicator_id, c.payment_id, CAST(c.amount AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days,
       concat_ws(';', c.econ_denied, c.func_not_allowed, c.project_missing, c.project_not_in_plan,
                 c.project_not_approved, c.project_other_county) AS reason,
       -- the payment's handler and reviewer, else its indicator's (rules.md: "or of its indicator where that row has none")
       COALESCE(c.handler_id, i.handler_id) AS handler_id, COALESCE(c.reviewer_id, i.reviewer_id) AS reviewer_id,
       'payment:' || c.payment_id AS evidence,
       c.payment_id AS business_key, c.payee_id
FROM checked c
LEFT JOIN model.fact_indicator i ON i.indicator_id = c.indicator_id
WHERE c.econ_denied IS NOT NULL OR c.func_not_allowed IS NOT NULL OR c.project_missing IS NOT NULL
   OR c.project_not_in_plan IS NOT NULL OR c.project_not_approved IS NOT NULL OR c.project_other_county IS NOT NULL
