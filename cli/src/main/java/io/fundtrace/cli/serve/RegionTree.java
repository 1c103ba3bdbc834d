package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regions (each with its parent, level and name) and the 处室 by code, of one snapshot: what document access is decided by. */
final class RegionTree {
    private record Region(String parent, String level, String name) {
    }

    private final Map<String, Region> regions;
    private final Map<String, String> departmentsByCode;

    private RegionTree(Map<String, Region> regions, Map<String, String> departmentsByCode) {
        this.regions = regions;
        this.departmentsByCode = departmentsByCode;
    }

    static RegionTree read(Path snapshot) {
        Map<String, Region> regions = new HashMap<>();
        Map<String, String> departments = new HashMap<>();
        try (RoleSession session = RoleSession.open(snapshot, Role.LEADER, List.of("model.dim_region", "model.dim_department"))) {
            try (Statement statement = session.connection().createStatement();
                 ResultSet rows = statement.executeQuery(SqlResource.read("cli/serve/regions.sql"))) {
                while (rows.next()) {
                    regions.put(rows.getString(1), new Region(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            try (Statement statement = session.connection().createStatement();
                 ResultSet rows = statement.executeQuery(SqlResource.read("cli/serve/departments.sql"))) {
                while (rows.next()) {
                    departments.put(rows.getString(2), rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the regions of " + snapshot + ": " + e.getMessage(), e);
        }
        return new RegionTree(Map.copyOf(regions), Map.copyOf(departments));
    }

    /** Whether region is ancestor or below it (a region is within itself). */
    boolean within(String region, String ancestor) {
        String code = region;
        for (int depth = 0; code != null && depth < 16; depth++) {
            if (code.equals(ancestor)) {
                return true;
            }
            Region known = regions.get(code);
            code = known == null ? null : known.parent();
        }
        return false;
    }

    /** The prefecture a county belongs to, when its parent is one. */
    Optional<String> prefectureOf(String county) {
        Region known = regions.get(county);
        if (known == null || !"county".equals(known.level()) || known.parent() == null) {
            return Optional.empty();
        }
        Region parent = regions.get(known.parent());
        return parent != null && "prefecture".equals(parent.level()) ? Optional.of(known.parent()) : Optional.empty();
    }

    /** The region's name with its code (喀什地区 653100), or the code alone when the warehouse has no such region. */
    String label(String code) {
        Region known = regions.get(code);
        return known == null || known.name() == null ? code : known.name() + " " + code;
    }

    /** The 处室 a department code names (D06 -> 农业处). */
    Optional<String> department(String code) {
        return Optional.ofNullable(departmentsByCode.get(code));
    }
}
