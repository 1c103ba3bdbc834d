package io.fundtrace.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source contract as data (contract.csv). Entities come in contract order, which is also the
 * order they are loaded in: every entity's references come before it.
 */
public final class Contract {
    private final List<ContractEntity> entities;

    private Contract(List<ContractEntity> entities) {
        this.entities = entities;
    }

    public static Contract load() {
        List<List<String>> rows = Csv.readResource("ingest/contract.csv");
        Map<String, List<ContractColumn>> columns = new LinkedHashMap<>();
        for (List<String> row : rows) {
            List<String> sharedAliases = rows.stream()
                    .filter(other -> other.get(1).equals(row.get(1)) && !other.get(2).equalsIgnoreCase(row.get(2)))
                    .map(other -> other.get(2)).distinct().toList();
            columns.computeIfAbsent(row.get(0), entity -> new ArrayList<>())
                    .add(new ContractColumn(row.get(0), row.get(1), row.get(2), row.get(3), "Y".equals(row.get(4)), "Y".equals(row.get(5)),
                            sharedAliases));
        }
        List<ContractEntity> entities = new ArrayList<>();
        columns.forEach((name, list) -> entities.add(new ContractEntity(name, List.copyOf(list))));
        return new Contract(List.copyOf(entities));
    }

    public List<ContractEntity> entities() {
        return entities;
    }

    public ContractEntity entity(String name) {
        return entities.stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contract entity " + name));
    }

    /** The longest entity name the file name starts with, followed by '_', '.' or nothing more. */
    public Optional<ContractEntity> entityOfFile(String fileName) {
        return entities.stream()
                .filter(entity -> fileName.startsWith(entity.name()))
                .filter(entity -> {
                    String rest = fileName.substring(entity.name().length());
                    return rest.isEmpty() || rest.startsWith("_") || rest.startsWith(".");
                })
                .max(Comparator.comparingInt(entity -> entity.name().length()));
    }
}
