-- Payments dated <= D per fund and region of their indicator (its recipient: the region that pays
-- them in the master ledger) and calendar month: the sum, the count and the first pay_date. The one
-- pass over the payments that ledger_month and progress share; both then work on a few hundred
-- thousand rows instead of joining 10^7 payments each (marts/README.md "Speed").
SELECT i.fund_code, i.recipient_region AS region_code, year(p.pay_date) AS year, month(p.pay_date) AS month,
       MIN(p.pay_date) AS first_date, COUNT(*) AS payments, CAST(SUM(p.amount) AS DECIMAL(18,2)) AS paid
FROM model.fact_payment p
JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id
WHERE p.pay_date <= ${as_of}
GROUP BY i.fund_code, i.recipient_region, year(p.pay_date), month(p.pay_date)
