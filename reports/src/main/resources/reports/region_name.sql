SELECT name, level FROM model.dim_region WHERE region_code = ?
