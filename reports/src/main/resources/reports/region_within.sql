-- Whether a region (1st parameter) lies in the subtree of another (2nd).
SELECT region_code FROM model.region_ancestor WHERE region_code = ? AND ancestor_code = ?
