-- The region tree a server decides document access by (a county's prefecture, a region's subtree), with the names its page shows.
SELECT region_code, parent_code, level, name FROM model.dim_region
