-- Shipped 处室 list (not a contract entity): loaded with the shipped reference batch.
INSERT INTO clean.departments
SELECT department, name_en, department_code, 0, 'departments.csv', row_number() OVER () + 1
FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"',
              columns = {'department': 'VARCHAR', 'name_en': 'VARCHAR', 'department_code': 'VARCHAR'})
