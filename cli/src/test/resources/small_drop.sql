-- A tiny drop for the command tests: one central indicator issued down late, one county payment.
INSERT INTO clean.departments VALUES ('农业处', 'Agriculture', 'D01', 1, 'f.csv', 2);
INSERT INTO clean.regions VALUES ('100000', '中央', 'central', NULL, 1, 'f.csv', 2);
INSERT INTO clean.regions VALUES ('650000', '新疆维吾尔自治区', 'province', '100000', 1, 'f.csv', 3);
INSERT INTO clean.regions VALUES ('650100', '乌鲁木齐市', 'prefecture', '650000', 1, 'f.csv', 4);
INSERT INTO clean.regions VALUES ('650101', '某县', 'county', '650100', 1, 'f.csv', 5);
INSERT INTO clean.funds VALUES ('C01', '中央财政专项扶贫资金', 'central', '农业处', FALSE, NULL, 1, 'f.csv', 2);
INSERT INTO clean.indicators VALUES ('I1', 2018, '新财农〔2018〕1号', 'XCN2018-1', NULL, 'C01', '100000', '650000',
  100.00, 100.00, DATE '2018-01-05', DATE '2018-01-10', NULL, FALSE, NULL, 'S1', 'S2', 1, 'f.csv', 2);
INSERT INTO clean.indicators VALUES ('I2', 2018, '新财农〔2018〕9号', 'XCN2018-9', 'I1', 'C01', '650000', '650101',
  60.00, 60.00, DATE '2018-03-01', DATE '2018-03-03', NULL, FALSE, 'scan.pdf', 'S3', 'S4', 1, 'f.csv', 3);
INSERT INTO clean.payments VALUES ('P1', DATE '2018-04-01', '650101', NULL, 'I2', NULL, 'C01', '2130599', '30299',
  'person', '650101199001011234', '张三', NULL, NULL, 25.50, NULL, 'S5', 'S6', 1, 'f.csv', 2);
