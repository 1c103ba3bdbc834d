-- Departments that own at least one fund, in their code order.
SELECT d.department, d.department_code
FROM model.dim_department d
WHERE EXISTS (SELECT 1 FROM model.dim_fund f WHERE f.department = d.department)
ORDER BY d.department_code
