package io.fundtrace.ingest;

import java.util.List;

/**
 * One column of the source contract (contract.csv). {@code sharedAliases} are the aliases the contract gives a
 * column of the same name in other entities: "A Chinese alias stands for the same column in every file where
 * that column appears" (区划代码 and 区划 both name region_code, 本级文号 and 文号 both doc_no).
 */
public record ContractColumn(String entity, String name, String alias, String type, boolean required, boolean key,
                             List<String> sharedAliases) {

    /** The typed copy of the column in the validation work table. */
    String typedName() {
        return "v_" + name;
    }

    /** The header is the column's English name or this entity's alias for it. */
    boolean matchesHeader(String header) {
        String normalised = header.strip();
        return normalised.equalsIgnoreCase(name) || normalised.equalsIgnoreCase(alias);
    }

    /** The header is an alias another entity gives the column. */
    boolean matchesSharedAlias(String header) {
        String normalised = header.strip();
        return sharedAliases.stream().anyMatch(normalised::equalsIgnoreCase);
    }
}
