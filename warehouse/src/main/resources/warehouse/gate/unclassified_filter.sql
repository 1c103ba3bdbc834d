-- Detail rows (one indicator, payment, warning, ...) of classified (涉密) funds are dropped for roles that may see them only as totals.
NOT EXISTS (SELECT 1 FROM warehouse.model.dim_fund f WHERE f.fund_code = ${key} AND f.classified)
