-- Every target of every project with its latest actual (as_of <= D) and whether it is met.
-- Completion is compared by cross-multiplying (rules.md): actual/target >= min  <=>  actual >= min*target.
SELECT t.project_id, pr.county_code, t.target_id, t.level1, t.name, t.direction, t.target_value,
       a.actual_value, a.as_of AS actual_as_of,
       CAST(CASE WHEN a.actual_value IS NULL THEN NULL
            WHEN t.direction = '>=' AND t.target_value = 0 THEN 1
            WHEN t.direction = '>=' THEN ft_divide_half_up(CAST(a.actual_value * 10000 AS DECIMAL(38,0)) * 10000, CAST(t.target_value * 10000 AS DECIMAL(38,0))) * 0.0001
            WHEN t.direction = '<=' AND a.actual_value = 0 THEN 1
            WHEN t.direction = '<=' THEN ft_divide_half_up(CAST(t.target_value * 10000 AS DECIMAL(38,0)) * 10000, CAST(a.actual_value * 10000 AS DECIMAL(38,0))) * 0.0001
            WHEN a.actual_value = t.target_value THEN 1
            WHEN a.actual_value = 0 OR t.target_value = 0 THEN 0
            WHEN a.actual_value < t.target_value THEN ft_divide_half_up(CAST(a.actual_value * 10000 AS DECIMAL(38,0)) * 10000, CAST(t.target_value * 10000 AS DECIMAL(38,0))) * 0.0001
            ELSE ft_divide_half_up(CAST(t.target_value * 10000 AS DECIMAL(38,0)) * 10000, CAST(a.actual_value * 10000 AS DECIMAL(38,0))) * 0.0001
       END AS DECIMAL(18,4)) AS completion,
       CASE WHEN a.actual_value IS NULL THEN NULL
            WHEN t.direction = '>=' THEN t.target_value = 0 OR a.actual_value >= ${target_completion_min} * t.target_value
            WHEN t.direction = '<=' THEN a.actual_value = 0 OR t.target_value >= ${target_completion_min} * a.actual_value
            WHEN a.actual_value = t.target_value THEN TRUE
            WHEN a.actual_value = 0 OR t.target_value = 0 THEN FALSE
            ELSE a.actual_value >= ${target_completion_min} * t.target_value
                 AND t.target_value >= ${target_completion_min} * a.actual_value
       END AS met,
       COALESCE(pr.ended, FALSE) AS project_ended
FROM model.fact_performance_target t
LEFT JOIN ${schema}.project_state pr ON pr.project_id = t.project_id
LEFT JOIN (SELECT project_id, target_id, as_of, actual_value,
                  ROW_NUMBER() OVER (PARTITION BY project_id, target_id ORDER BY as_of DESC) AS position
           FROM model.fact_performance_actual WHERE as_of <= ${as_of}) a
       ON a.project_id = t.project_id AND a.target_id = t.target_id AND a.position = 1
