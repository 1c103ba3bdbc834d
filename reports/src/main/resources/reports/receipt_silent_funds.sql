-- The funds that have received money in a county in the year of the receipt's date (the month's end of
-- the cycle that ingested the batch, else its drop date) by that date, and for which the batch holds no
-- payment row of that county: what the county may have forgotten to send. A receipt goes to the county,
-- whoever writes it: classified (涉密) funds show as one total, with no code or name (rules.md, Access),
-- as in the notices.
SELECT CASE WHEN f.classified THEN NULL ELSE i.fund_code END AS "资金代码",
       CASE WHEN f.classified THEN '涉密资金（合计）' ELSE f.name END AS "资金名称",
       SUM(i.poverty_amount) AS "本年到位(万元)", MAX(i.receipt_date) AS "最近到位日期"
FROM model.fact_indicator i
JOIN model.dim_fund f ON f.fund_code = i.fund_code
CROSS JOIN (SELECT CAST(? AS DATE) AS as_of) b
WHERE i.recipient_region = CAST(? AS VARCHAR) AND i.fiscal_year = year(b.as_of) AND i.receipt_date <= b.as_of
  AND NOT EXISTS (SELECT 1 FROM receipt_row w WHERE w.entity = 'payments' AND w.region_code = i.recipient_region
                  AND w.fund_code = i.fund_code)
GROUP BY CASE WHEN f.classified THEN NULL ELSE i.fund_code END, CASE WHEN f.classified THEN '涉密资金（合计）' ELSE f.name END
ORDER BY CASE WHEN f.classified THEN NULL ELSE i.fund_code END NULLS LAST
