-- Row filter of a department:<处室> role: the row's fund is owned by that 处室.
EXISTS (SELECT 1 FROM warehouse.model.dim_fund f WHERE f.fund_code = ${key} AND f.department = ${scope})
