-- load/row_checks.sql on Spark: the list in a projection of its own, as Spark refuses SQL functions (the
-- ft_* parsers) inside a Generate.
INSERT INTO ${target}
SELECT batch_id, source_file, source_line, hit.rule, hit.column_name, hit.value
FROM (SELECT batch_id, source_file, source_line, explode(failed) AS hit
      FROM (SELECT batch_id, source_file, source_line, filter(array(${checks}), x -> x.failed) AS failed
            FROM ${source} w
            WHERE ${any_failed}) checked) hits
