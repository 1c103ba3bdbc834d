SELECT department, department_code FROM model.dim_department ORDER BY department_code
