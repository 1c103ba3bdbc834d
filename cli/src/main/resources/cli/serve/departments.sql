-- The 处室 and their codes, which name the department notices of the archive (notice-YYYY-MM-D06.html).
SELECT department, department_code FROM model.dim_department
