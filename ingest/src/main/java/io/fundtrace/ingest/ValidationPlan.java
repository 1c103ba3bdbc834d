package io.fundtrace.ingest;

import io.fundtrace.warehouse.SqlTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation statements for one entity, built from data: the contract's types and required flags
 * (column_types.csv), references.csv and entity_rules.csv. Each statement adds the violating rows of
 * work_rows to work_violations; the order puts row checks first, references next, refunds last.
 */
final class ValidationPlan {
    record Step(String resource, Map<String, String> values) {
    }

    private static final Map<String, List<String>> TYPES = new HashMap<>();
    private static final List<List<String>> REFERENCES = Csv.readResource("ingest/references.csv");
    private static final List<List<String>> ENTITY_RULES = Csv.readResource("ingest/entity_rules.csv");

    static {
        for (List<String> row : Csv.readResource("ingest/column_types.csv")) {
            TYPES.put(row.get(0), row);
        }
    }

    private ValidationPlan() {
    }

    static String parseExpression(ContractColumn column, String rawReference) {
        List<String> type = TYPES.get(column.type());
        if (type == null) {
            throw new IllegalStateException("contract type " + column.type() + " has no row in column_types.csv");
        }
        return SqlTemplate.fill(type.get(1), Map.of("value", rawReference));
    }

    /**
     * today: the drop's date; windowStart: the earliest plausible event date; controlCharacters: whether
     * the batch's files of the entity hold any control character (the per-column check runs only then).
     */
    static List<Step> steps(ContractEntity entity, String today, String windowStart, boolean controlCharacters) {
        List<Step> steps = new ArrayList<>();
        for (ContractColumn column : entity.columns()) {
            Map<String, String> values = columnValues(column);
            if (controlCharacters) {
                steps.add(new Step("validation/control_character.sql", with(values, "free_text", Boolean.toString(column.type().equals("text")))));
            }
            if (column.required()) {
                steps.add(new Step("validation/missing_required.sql", values));
            }
            String malformedRule = TYPES.get(column.type()).get(2);
            if (!malformedRule.isEmpty()) {
                steps.add(new Step("validation/malformed_value.sql", with(values, "rule", malformedRule)));
            }
            // the sign an amount type allows (column_types.csv): > 0, not 0, or not negative
            String signCheck = TYPES.get(column.type()).get(3);
            if (!signCheck.isEmpty()) {
                steps.add(new Step("validation/" + signCheck + ".sql", values));
            }
            if (column.type().equals("event_date")) {
                steps.add(new Step("validation/event_date_in_future.sql", with(values, "today", today)));
                steps.add(new Step("validation/event_date_out_of_range.sql", with(values, "window_start", windowStart)));
            }
        }
        addEntityRules(steps, entity, "row");
        steps.add(new Step("validation/duplicate_key_in_file.sql", keyValues(entity)));
        for (List<String> reference : REFERENCES) {
            if (reference.get(0).equals(entity.name())) {
                Map<String, String> values = new HashMap<>(columnValues(entity.column(reference.get(1)).orElseThrow()));
                values.put("target_table", reference.get(2));
                values.put("target_column", SqlTemplate.identifier(reference.get(3)));
                values.put("rule", reference.get(4));
                steps.add(new Step("validation/unknown_reference.sql", values));
            }
        }
        addEntityRules(steps, entity, "reference");
        addEntityRules(steps, entity, "last");
        return steps;
    }

    private static void addEntityRules(List<Step> steps, ContractEntity entity, String stage) {
        for (List<String> rule : ENTITY_RULES) {
            if (rule.get(0).equals(entity.name()) && rule.get(1).equals(stage)) {
                steps.add(new Step(rule.get(2), Map.of()));
            }
        }
    }

    private static Map<String, String> columnValues(ContractColumn column) {
        return Map.of("column", column.name(),
                "raw", SqlTemplate.identifier(column.name()),
                "typed", SqlTemplate.identifier(column.typedName()));
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> out = new HashMap<>(values);
        out.put(name, value);
        return out;
    }

    private static Map<String, String> keyValues(ContractEntity entity) {
        List<String> typed = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> join = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ContractColumn key : entity.keyColumns()) {
            String column = SqlTemplate.identifier(key.typedName());
            typed.add(column);
            present.add(column + " IS NOT NULL");
            join.add("w." + column + " = d." + column);
            raw.add("w." + SqlTemplate.identifier(key.name()));
            names.add(key.name());
        }
        return Map.of("key_typed", String.join(", ", typed), "key_present", String.join(" AND ", present),
                "key_join", String.join(" AND ", join), "key_columns", String.join("+", names),
                "key_raw", raw.size() == 1 ? raw.get(0) : "concat_ws('|', " + String.join(", ", raw) + ")");
    }
}
