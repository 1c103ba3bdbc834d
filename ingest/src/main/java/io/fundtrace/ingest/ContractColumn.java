package io.fundtrace.ingest;

/** One column of the source contract (contract.csv). */
public record ContractColumn(String entity, String name, String alias, String type, boolean required, boolean key) {

    /** The typed copy of the column in the validation work table. */
    String typedName() {
        return "v_" + name;
    }

    boolean matchesHeader(String header) {
        String normalised = header.strip().toLowerCase(java.util.Locale.ROOT);
        return normalised.equals(name.toLowerCase(java.util.Locale.ROOT)) || normalised.equals(alias.toLowerCase(java.util.Locale.ROOT));
    }
}
