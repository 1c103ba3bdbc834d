INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'refund_without_original', 'refund_of', "refund_of"
FROM work_rows WHERE "v_amount" < 0 AND ft_blank("refund_of")
