SELECT warning_id, COUNT(*) AS copies FROM ${schema}.warnings GROUP BY warning_id HAVING COUNT(*) > 1
