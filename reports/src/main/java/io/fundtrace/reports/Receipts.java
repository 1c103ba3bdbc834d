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
import java.util.ArrayList;
import java.util.List;

/**
 * 回执: one receipt per region whose rows were in an ingest batch - the rows received per entity, the
 * rows quarantined with file, line, column and the reason in words, and (for a county) the funds that
 * have money there this year but no payment row in the batch - so that a county clerk knows what to
 * correct and resend. Read through the role's views (leader and pfo read the quarantine; payee identity
 * masked for the leader).
 */
public final class Receipts {
    private static final List<String> TABLES_READ = List.of("audit.batches", "quarantine.rows", "quarantine.rules",
            "model.fact_indicator", "model.fact_allocation", "model.fact_treasury_transfer", "model.fact_payment",
            "model.dim_project", "model.dim_region", "model.dim_fund");

    private final Path warehouseFile;

    /** The warehouse file; it must not be open in this process. */
    public Receipts(Path warehouseFile) {
        this.warehouseFile = warehouseFile;
    }

    /**
     * The receipts written (HTML, one per region, in region code order; rows of no known region last). asOf:
     * the receipt's date - the month's end of the cycle that ingested the batch - or null for the batch's
     * drop date (a cycle ingests on the day it runs, so its drop date would make the archive depend on it).
     */
    public List<Path> write(long batch, LocalDate asOf, Role role, Path folder) {
        try (RoleSession session = RoleSession.open(warehouseFile, role, TABLES_READ)) {
            for (String table : List.of("audit.batches", "quarantine.rows")) {
                session.requireReads(table);
            }
            return write(session, batch, asOf, folder);
        }
    }

    private static List<Path> write(RoleSession session, long batch, LocalDate asOf, Path folder) {
        ReportQueries queries = new ReportQueries(session.connection());
        ResultTable batches = queries.table("receipt_batch", batch);
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("no batch " + batch + " in the warehouse");
        }
        LocalDate receiptDate = asOf != null ? asOf : LocalDate.parse(batches.value(0, "报送日期").toString());
        String dropFolder = batches.value(0, "文件夹").toString();
        queries.execute("receipt_rows", batch);
        ResultTable regions = queries.table("receipt_regions");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int row = 0; row < regions.rows().size(); row++) {
                Object code = regions.value(row, "region_code");
                String region = code == null ? null : code.toString();
                String name = regions.value(row, "name").toString();
                ResultTable entities = queries.table("receipt_entities", region);
                ResultTable quarantined = queries.table("receipt_quarantine", batch, region);
                List<ReportSection> sections = new ArrayList<>();
                sections.add(new ReportSection("一、接收情况（按数据类型）", "接收 = 入库 + 隔离；项目、绩效等文件的入库行数见批次汇总。", entities, null));
                sections.add(new ReportSection("二、隔离数据明细（请更正后重新报送）", null, quarantined, null));
                long silent = 0;
                if ("county".equals(regions.value(row, "level"))) {
                    ResultTable funds = queries.table("receipt_silent_funds", receiptDate, region);
                    silent = funds.rows().size();
                    sections.add(new ReportSection("三、本年有到位资金但本批次无支付数据的资金", "如本月确有支出，请补报支付数据。", funds, null));
                }
                long received = sum(entities, "接收(行)");
                long isolated = sum(entities, "隔离(行)");
                String opening = "你单位报送的第" + batch + "批数据（" + dropFolder + "，" + Notices.chineseDate(receiptDate) + "）已接收："
                        + "共" + received + "行，入库" + (received - isolated) + "行，隔离" + isolated + "行"
                        + (silent > 0 ? "；另有" + silent + "项资金本年有到位资金但本批次无支付数据" : "")
                        + (isolated > 0 ? "。请对隔离数据逐条更正后重新报送。" : "。");
                String file = region == null ? "unplaced" : region;
                Object level = regions.value(row, "level");
                Letterhead letterhead = new Letterhead("回执〔批次" + batch + "〕-" + file,
                        region == null ? name : Letterhead.financeOffice(name, level == null ? null : level.toString()),
                        opening, Notices.ISSUER, Notices.chineseDate(receiptDate));
                ReportContent content = ReportContent.notice("数据接收回执（" + name + "）", receiptDate, file, name,
                        batch, session.role(), letterhead, batches, List.copyOf(sections));
                Path html = folder.resolve("receipt-" + batch + "-" + file + ".html");
                Files.writeString(html, HtmlReport.render(content), StandardCharsets.UTF_8);
                written.add(html);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipts to " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    private static long sum(ResultTable table, String column) {
        long total = 0;
        for (int row = 0; row < table.rows().size(); row++) {
            total += ((Number) table.value(row, column)).longValue();
        }
        return total;
    }
}
