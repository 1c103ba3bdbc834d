-- Row filter of a department:<处室> role on projects: those that received allocations or payments from its funds.
(EXISTS (SELECT 1 FROM warehouse.model.fact_allocation a
         JOIN warehouse.model.fact_indicator i ON i.indicator_id = a.indicator_id
         JOIN warehouse.model.dim_fund f ON f.fund_code = i.fund_code
         WHERE a.project_id = ${key} AND f.department = ${scope})
 OR EXISTS (SELECT 1 FROM warehouse.model.fact_payment p
            JOIN warehouse.model.dim_fund f ON f.fund_code = p.fund_code
            WHERE p.project_id = ${key} AND f.department = ${scope}))
