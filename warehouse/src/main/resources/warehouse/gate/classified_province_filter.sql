-- Aggregate rows of classified (涉密) funds are kept at province level only for roles that may see them
-- only as totals: the province's total shows, where in the region tree the money went does not.
(NOT EXISTS (SELECT 1 FROM warehouse.model.dim_fund f WHERE f.fund_code = ${fund} AND f.classified)
 OR EXISTS (SELECT 1 FROM warehouse.model.dim_region r WHERE r.region_code = ${region} AND r.level = 'province'))
