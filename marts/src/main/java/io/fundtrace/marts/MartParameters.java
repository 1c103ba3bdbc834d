package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The rule thresholds of parameters.properties, by name. */
public final class MartParameters {
    private final Map<String, String> values;

    private MartParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static MartParameters load() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(SqlResource.read("marts/parameters.properties")));
        } catch (IOException e) {
            throw new WarehouseException("cannot read marts/parameters.properties", e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).strip()));
        return new MartParameters(values);
    }

    /** Sorted by name. */
    public Map<String, String> values() {
        return new TreeMap<>(values);
    }

    public String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new WarehouseException("unknown rule parameter " + name);
        }
        return value;
    }
}
