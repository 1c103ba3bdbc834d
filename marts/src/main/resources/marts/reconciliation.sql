-- Every reconciliation key (normalised doc_no, fund, issuer -> from_region, recipient -> to_region):
-- the whole amount of its indicators (source) against its treasury transfers (target), both dated <= D.
WITH indicator_side AS (
  SELECT doc_no_normalised, fund_code, issuer_region AS from_region, recipient_region AS to_region,
         COUNT(*) AS indicator_count, SUM(amount) AS indicator_amount, MIN(fiscal_year) AS fiscal_year,
         MAX(receipt_date) AS latest_receipt, MIN(indicator_id) AS first_indicator_id,
         ft_join_sorted(indicator_id) AS indicator_ids
  FROM model.fact_indicator WHERE doc_date <= ${as_of}
  GROUP BY doc_no_normalised, fund_code, issuer_region, recipient_region
),
transfer_side AS (
  SELECT doc_no_normalised, fund_code, from_region, to_region,
         COUNT(*) AS transfer_count, SUM(amount) AS transfer_amount, MIN(transfer_date) AS first_transfer_date,
         ft_join_sorted(transfer_id) AS transfer_ids
  FROM model.fact_treasury_transfer WHERE transfer_date <= ${as_of}
  GROUP BY doc_no_normalised, fund_code, from_region, to_region
),
joined AS (
  SELECT COALESCE(i.doc_no_normalised, t.doc_no_normalised) AS doc_no_normalised,
         COALESCE(i.fund_code, t.fund_code) AS fund_code,
         COALESCE(i.from_region, t.from_region) AS from_region,
         COALESCE(i.to_region, t.to_region) AS to_region,
         COALESCE(i.fiscal_year, year(t.first_transfer_date)) AS fiscal_year,
         COALESCE(i.indicator_count, 0) AS indicator_count, COALESCE(t.transfer_count, 0) AS transfer_count,
         CAST(COALESCE(i.indicator_amount, 0) AS DECIMAL(18,2)) AS indicator_amount,
         CAST(COALESCE(t.transfer_amount, 0) AS DECIMAL(18,2)) AS transfer_amount,
         CASE WHEN i.indicator_count = 1 THEN i.first_indicator_id END AS indicator_id,
         i.latest_receipt,
         concat_ws(';', CASE WHEN i.indicator_ids IS NOT NULL THEN 'indicator:' || replace(i.indicator_ids, ';', ';indicator:') END,
                        CASE WHEN t.transfer_ids IS NOT NULL THEN 'transfer:' || replace(t.transfer_ids, ';', ';transfer:') END) AS evidence,
         i.doc_no_normalised IS NOT NULL AS has_indicator, t.doc_no_normalised IS NOT NULL AS has_transfer
  FROM indicator_side i
  FULL OUTER JOIN transfer_side t
    ON t.doc_no_normalised = i.doc_no_normalised AND t.fund_code = i.fund_code
   AND t.from_region = i.from_region AND t.to_region = i.to_region
)
SELECT doc_no_normalised, fund_code, from_region, to_region, fiscal_year, indicator_count, transfer_count,
       indicator_amount, transfer_amount, CAST(indicator_amount - transfer_amount AS DECIMAL(18,2)) AS difference,
       CASE WHEN NOT has_indicator THEN 'transfer_without_indicator'
            WHEN NOT has_transfer AND ft_days_between(latest_receipt, ${as_of}) > ${reconcile_grace_days} THEN 'missing_transfer'
            WHEN NOT has_transfer THEN 'awaiting_transfer'
            WHEN indicator_amount <> transfer_amount THEN 'amount_mismatch'
            ELSE 'matched' END AS status,
       indicator_id, latest_receipt, evidence
FROM joined
