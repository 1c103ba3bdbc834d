package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** manifest.csv read and put in build order: every mart after the marts it depends on. */
public final class MartManifest {
    private final List<Mart> ordered;

    private MartManifest(List<Mart> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    public static MartManifest load() {
        Map<String, Mart> byName = new LinkedHashMap<>();
        List<String> lines = SqlResource.read("marts/manifest.csv").lines().skip(1).filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            List<String> dependsOn = cells.length > 2 && !cells[2].isBlank()
                    ? Arrays.asList(cells[2].strip().split(";")) : List.of();
            byName.put(cells[0].strip(), new Mart(cells[0].strip(), cells[1].strip(), dependsOn));
        }
        Set<String> done = new LinkedHashSet<>();
        List<Mart> ordered = new ArrayList<>();
        for (String name : byName.keySet()) {
            visit(name, byName, done, new LinkedHashSet<>(), ordered);
        }
        return new MartManifest(ordered);
    }

    private static void visit(String name, Map<String, Mart> byName, Set<String> done, Set<String> path, List<Mart> ordered) {
        if (done.contains(name)) {
            return;
        }
        Mart mart = byName.get(name);
        if (mart == null) {
            throw new WarehouseException("manifest.csv: unknown mart " + name);
        }
        if (!path.add(name)) {
            throw new WarehouseException("manifest.csv: dependency cycle through " + path);
        }
        for (String dependency : mart.dependsOn()) {
            visit(dependency, byName, done, path, ordered);
        }
        path.remove(name);
        done.add(name);
        ordered.add(mart);
    }

    public List<Mart> ordered() {
        return ordered;
    }

    /** The named marts and every mart they are built from, directly or through others, in build order. */
    public List<Mart> upstreamOf(Collection<String> names) {
        Set<String> needed = new HashSet<>();
        for (String name : names) {
            if (ordered.stream().noneMatch(mart -> mart.name().equals(name))) {
                throw new WarehouseException("manifest.csv: unknown mart " + name);
            }
            needed.add(name);
        }
        // build order puts every mart after the marts it reads, so walking it backwards meets a mart
        // before any of its dependencies
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (needed.contains(ordered.get(i).name())) {
                needed.addAll(ordered.get(i).dependsOn());
            }
        }
        return ordered.stream().filter(mart -> needed.contains(mart.name())).toList();
    }

    /** The mart and every mart built from it, directly or through others, in build order. */
    public List<Mart> downstreamOf(String name) {
        Set<String> reached = new LinkedHashSet<>(List.of(name));
        List<Mart> out = new ArrayList<>();
        for (Mart mart : ordered) {
            if (reached.contains(mart.name()) || mart.dependsOn().stream().anyMatch(reached::contains)) {
                reached.add(mart.name());
                out.add(mart);
            }
        }
        if (out.isEmpty()) {
            throw new WarehouseException("manifest.csv: unknown mart " + name);
        }
        return out;
    }
}
