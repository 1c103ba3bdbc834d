-- Keys loaded before that now come with other values: a corrected extract.
CREATE OR REPLACE TEMP TABLE work_changed AS
SELECT i.* FROM work_incoming i JOIN clean.${entity} c ON ${key_join}
WHERE ${any_difference}
