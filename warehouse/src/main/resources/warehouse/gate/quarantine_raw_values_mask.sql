-- A quarantined row's raw values (a JSON object of text), with its payee fields masked; a field that is
-- null or absent is left as it is (a patch with '{}' changes nothing). A patched field moves to the end.
-- A payment record of another width than its header (wrong_field_count) shows none of its values: they
-- stand in the wrong columns, so a payee's ID or account may sit under any key.
CASE WHEN t.rule = 'wrong_field_count' AND t.entity = 'payments' THEN '{}' ELSE
CAST(json_merge_patch(json_merge_patch(json_merge_patch(t.raw_values,
  CASE WHEN json_extract_string(t.raw_values, '$.payee_id') IS NULL THEN '{}'
       ELSE json_object('payee_id', memory.main.payee_id_mask(json_extract_string(t.raw_values, '$.payee_id'))) END),
  CASE WHEN json_extract_string(t.raw_values, '$.payee_name') IS NULL THEN '{}'
       ELSE json_object('payee_name', memory.main.payee_name_mask(json_extract_string(t.raw_values, '$.payee_name'))) END),
  CASE WHEN json_extract_string(t.raw_values, '$.payee_account') IS NULL THEN '{}'
       ELSE json_object('payee_account', memory.main.payee_account_mask(json_extract_string(t.raw_values, '$.payee_account'))) END)
  AS VARCHAR) END
