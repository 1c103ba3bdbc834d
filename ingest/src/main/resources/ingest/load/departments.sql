-- Shipped 处室 list (not a contract entity): loaded with the shipped reference batch from the text view
-- departments_source of departments.csv (department, name_en, department_code).
INSERT INTO clean.departments
SELECT c0, c1, c2, 0, 'departments.csv', source_line FROM departments_source
