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
 * 通报: one notice per department (处室), prefecture or county, as HTML and A4 PDF - an official
 * document (title, 文号-style number, addressee, opening, issuer and date) with the funds' progress, the
 * warnings to deal with (handler and reviewer by name, dispatch, due date, overdue ones first), a
 * region's regions below with their overdue warnings (逐级督办), and the feedback rejected since the
 * previous month's end with its reason. Read through the reader's role (the gate's views). A
 * classified fund appears only in totals, whoever reads the notice; the total of its warnings only to a
 * role that reads them (leader, pfo), as no other role reads a classified fund's warnings at all.
 */
public final class Notices {
    /** Who the notices go to. */
    public enum Addressee {
        DEPARTMENTS, PREFECTURES, COUNTIES;

        /** The region level a region notice goes to; null for departments. */
        String regionLevel() {
            return switch (this) {
                case DEPARTMENTS -> null;
                case PREFECTURES -> "prefecture";
                case COUNTIES -> "county";
            };
        }
    }

    private static final List<String> MODEL_TABLES_READ = List.of("model.dim_region", "model.region_ancestor", "model.dim_fund",
            "model.dim_department", "model.dim_staff");
    private static final String CLASSIFIED_HEADING = "涉密资金预警（合计）";
    private static final String CLASSIFIED_WITHHELD = "涉密资金预警仅向领导和扶贫办提供（访问规则）。";
    /** Who issues the notices. */
    static final String ISSUER = "自治区财政厅财政扶贫资金动态监控办公室";

    private final Path warehouseFile;

    /** The warehouse file, with the marts of martsRead(month) built; it must not be open in this process. */
    public Notices(Path warehouseFile) {
        this.warehouseFile = warehouseFile;
    }

    /** The mart schema the notices read and the as-of date it must be built for. */
    public static Map<String, LocalDate> martsRead(YearMonth month) {
        return Map.of("marts", month.atEndOfMonth());
    }

    /** The mart tables the notices' queries read (besides the clean and audit layers). */
    public static List<String> martTablesRead() {
        return List.of("marts.feedback", "marts.progress", "marts.warnings");
    }

    /** The files written: each notice's HTML, then its PDF. */
    public List<Path> write(YearMonth month, Addressee to, Role role, Path folder) {
        List<String> tables = Stream.concat(martTablesRead().stream(), MODEL_TABLES_READ.stream()).toList();
        try (RoleSession session = RoleSession.open(warehouseFile, role, tables)) {
            return write(session, month, to, folder);
        }
    }

    /** One addressee: a department (scoped by its funds) or a region (scoped by its subtree). */
    private record Recipient(String department, String regionCode, String name, String code) {
    }

    private List<Path> write(RoleSession session, YearMonth month, Addressee to, Path folder) {
        Role role = session.role();
        ReportQueries queries = new ReportQueries(session.connection());
        queries.execute(session.reads("model.dim_staff") ? "scope_staff" : "scope_staff_withheld");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            PdfReport pdf = new PdfReport(ChartFonts.find());
            for (Recipient recipient : recipients(queries, to, role)) {
                ReportContent content = content(queries, session, month, to, recipient);
                Path html = folder.resolve("notice-" + month + "-" + recipient.code() + ".html");
                Files.writeString(html, HtmlReport.render(content), StandardCharsets.UTF_8);
                Path file = folder.resolve("notice-" + month + "-" + recipient.code() + ".pdf");
                Files.write(file, pdf.render(content, folder));
                written.add(html);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the notices to " + folder + ": " + e.getMessage(), e);
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException(to == Addressee.DEPARTMENTS
                    ? "no department owns a fund" + (role.departmentScope() == null ? "" : " named " + role.departmentScope())
                      + "; nothing to notify"
                    : "no " + to.regionLevel() + " within the reach of role " + role + "; nothing to notify");
        }
        return List.copyOf(written);
    }

    private static List<Recipient> recipients(ReportQueries queries, Addressee to, Role role) {
        List<Recipient> recipients = new ArrayList<>();
        if (to == Addressee.DEPARTMENTS) {
            ResultTable departments = queries.table("notice_departments");
            for (int row = 0; row < departments.rows().size(); row++) {
                String department = departments.value(row, "department").toString();
                if (role.departmentScope() == null || role.departmentScope().equals(department)) {
                    recipients.add(new Recipient(department, null, department, departments.value(row, "department_code").toString()));
                }
            }
            return recipients;
        }
        ResultTable regions = queries.table("notice_regions", to.regionLevel());
        for (int row = 0; row < regions.rows().size(); row++) {
            String code = regions.value(row, "region_code").toString();
            if (role.regionScope() == null || !queries.table("region_within", code, role.regionScope()).isEmpty()) {
                recipients.add(new Recipient(null, code, regions.value(row, "name").toString(), code));
            }
        }
        return recipients;
    }

    private static ReportContent content(ReportQueries queries, RoleSession session, YearMonth month, Addressee to,
                                         Recipient recipient) {
        boolean department = recipient.department() != null;
        ReportScope scope = ReportScope.install(queries, month, recipient.regionCode(), session.role(), recipient.department(), false);
        queries.execute("scope_feedback");
        WarningActions actions = WarningActions.load();
        // a region's own and its lower regions' not yet overdue here; the overdue ones below in their own section
        ResultTable warnings = actions.annotate(queries.table("notice_warning_list", department ? "all" : "not_escalated"), "预警规则", "等级");
        ResultTable rejected = actions.named(queries.table("notice_rejected_feedback"), "预警规则", null);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(numbered(sections, department ? "所管资金支出进度" : "辖区资金支出进度"),
                "年初至本月末；本年尚无到位和支出的资金不列；涉密资金仅列合计。", queries.table("progress_by_fund"), null));
        sections.add(new ReportSection(numbered(sections, "未整改预警及整改要求"), to == Addressee.PREFECTURES
                ? "本级的预警和所辖县尚未逾期的预警，逾期的在前；请督促所辖县并在整改期限前整改反馈，橙色预警销号须附佐证材料。"
                : "逾期的在前；请在整改期限前整改并反馈，橙色预警销号须附佐证材料。", warnings, null));
        ResultTable below = null;
        if (to == Addressee.PREFECTURES) {
            // a county has no region below it; a prefecture answers for its counties' overdue warnings
            below = actions.named(queries.table("notice_warning_list", "below_overdue"), "预警规则", "等级");
            sections.add(new ReportSection(numbered(sections, "下级地区逾期未整改预警（逐级督办）"),
                    "所辖县超过整改期限仍未整改的预警，请督促整改。", below, null));
        }
        sections.add(new ReportSection(numbered(sections, "上月通报以来被退回的整改反馈"), "请按退回原因补正后重新反馈。", rejected, null));
        sections.add(session.role().seesClassifiedDetail()
                ? new ReportSection(numbered(sections, CLASSIFIED_HEADING), null, queries.table("notice_classified_totals"), null)
                : ReportSection.withheld(numbered(sections, CLASSIFIED_HEADING), CLASSIFIED_WITHHELD));
        ResultTable headline = queries.table("notice_headline");
        LocalDate asOf = scope.asOf();
        // the addressee is its own line under the number (主送), as on a paper notice; the title stays one line
        String title = "关于" + month.getYear() + "年" + month.getMonthValue() + "月财政扶贫资金动态监控情况的通报";
        String opening = "根据财政扶贫资金动态监控平台截至" + chineseDate(asOf) + "的监控结果，现将" + (department ? "你处所管资金" : "你地区")
                + "的支出进度和预警整改情况通报如下：未整改预警" + headline.value(0, "未整改预警(条)") + "条，其中逾期未整改"
                + headline.value(0, "逾期未整改(条)") + "条" + (below == null ? "" : "（含下级地区逾期未整改" + below.rows().size() + "条，见三、逐级督办）")
                + "；上月通报以来被退回的整改反馈" + rejected.rows().size() + "条。请逐条核实，在整改期限前完成整改并反馈整改情况。";
        Letterhead letterhead = new Letterhead(
                "新财扶监〔" + month.getYear() + "〕" + month.getMonthValue() + "-" + recipient.code() + "号",
                department ? recipient.name() : Letterhead.financeOffice(recipient.name(), to.regionLevel()), opening, ISSUER, chineseDate(asOf));
        return ReportContent.notice(title, asOf, scope.rootCode(), scope.rootName(), session.latestBatchId().orElse(0),
                session.role(), letterhead, headline, List.copyOf(sections));
    }

    private static String numbered(List<ReportSection> before, String heading) {
        String[] numbers = {"一", "二", "三", "四", "五", "六"};
        return numbers[before.size()] + "、" + heading;
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
