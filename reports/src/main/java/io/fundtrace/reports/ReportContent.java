package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import java.time.LocalDate;
import java.util.List;

/** Everything one monthly report or notice shows, read through its role's views (RoleSession). */
public record ReportContent(String title, LocalDate asOf, String scopeCode, String scopeName, long dataVersion,
                            Role role, ResultTable headline, List<ReportSection> sections) {

    /** The line every page carries: as-of date, scope and data version. */
    public String pageLine() {
        return "截至 " + asOf + "　范围：" + scopeName + "（" + scopeCode + "）　数据版本：批次 " + dataVersion
                + "　阅读角色：" + role;
    }
}
