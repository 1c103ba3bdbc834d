package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 通报: one HTML notice per department (处室) with its funds' progress and its open warnings, each
 * with what it needs, read through the reader's role (the gate's views). A classified fund appears
 * only in totals, whoever reads the notice; the total of its warnings only to a role that reads them
 * (leader, pfo), as no other role reads a classified fund's warnings at all.
 */
public final class DepartmentNotices {
    private static final List<String> MODEL_TABLES_READ = List.of("model.dim_region", "model.region_ancestor", "model.dim_fund",
            "model.dim_department");
    private static final String CLASSIFIED_HEADING = "三、涉密资金预警（合计）";
    private static final String CLASSIFIED_WITHHELD = "涉密资金预警仅向领导和扶贫办提供（访问规则）。";

    private final Path warehouseFile;

    /** The warehouse file, with the marts of martsRead(month) built; it must not be open in this process. */
    public DepartmentNotices(Path warehouseFile) {
        this.warehouseFile = warehouseFile;
    }

    /** The mart schema the notices read and the as-of date it must be built for. */
    public static Map<String, LocalDate> martsRead(YearMonth month) {
        return Map.of("marts", month.atEndOfMonth());
    }

    /** The mart tables the notices' queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        return List.of("marts.progress", "marts.warnings");
    }

    public List<Path> write(YearMonth month, Role role, Path folder) {
        List<String> tables = Stream.concat(martTablesRead().stream(), MODEL_TABLES_READ.stream()).toList();
        try (RoleSession session = RoleSession.open(warehouseFile, role, tables)) {
            return write(session, month, folder);
        }
    }

    private List<Path> write(RoleSession session, YearMonth month, Path folder) {
        Role role = session.role();
        ReportQueries queries = new ReportQueries(session.connection());
        WarningActions actions = WarningActions.load();
        long dataVersion = session.latestBatchId().orElse(0);
        ResultTable departments = queries.table("notice_departments");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int row = 0; row < departments.rows().size(); row++) {
                String department = departments.value(row, "department").toString();
                if (role.departmentScope() != null && !role.departmentScope().equals(department)) {
                    continue;
                }
                ReportScope scope = ReportScope.install(queries, month, null, role, department, false);
                String title = "关于" + month.getYear() + "年" + month.getMonthValue() + "月财政扶贫资金动态监控情况的通报（"
                        + department + "）";
                List<ReportSection> sections = List.of(
                        new ReportSection("一、所管资金支出进度", "年初至本月末；涉密资金仅列合计。",
                                queries.table("progress_by_fund"), null),
                        new ReportSection("二、未整改预警及整改要求", "请于下月 10 日前将整改情况报扶贫办。",
                                actions.annotate(queries.table("notice_warnings"), "预警规则", "等级"), null),
                        role.seesClassifiedDetail()
                                ? new ReportSection(CLASSIFIED_HEADING, null, queries.table("notice_classified_totals"), null)
                                : ReportSection.withheld(CLASSIFIED_HEADING, CLASSIFIED_WITHHELD));
                ReportContent content = new ReportContent(title, scope.asOf(), scope.rootCode(), scope.rootName(),
                        dataVersion, role, queries.table("notice_headline"), sections);
                Path file = folder.resolve("notice-" + month + "-" + departments.value(row, "department_code") + ".html");
                Files.writeString(file, HtmlReport.render(content), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the notices to " + folder + ": " + e.getMessage(), e);
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException("no department owns a fund" + (role.departmentScope() == null ? ""
                    : " named " + role.departmentScope()) + "; nothing to notify");
        }
        return List.copyOf(written);
    }
}
