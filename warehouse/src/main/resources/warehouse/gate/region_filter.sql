-- Row filter of a region:<code> role: the row's region is the role's region or lies below it.
EXISTS (SELECT 1 FROM warehouse.model.region_ancestor a WHERE a.region_code = ${key} AND a.ancestor_code = ${scope})
