SELECT fund_code, region_code, year, month, COUNT(*) AS copies FROM ${schema}.ledger
GROUP BY fund_code, region_code, year, month HAVING COUNT(*) > 1
