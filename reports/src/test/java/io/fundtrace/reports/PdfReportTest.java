package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.gate.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's bytes depend on its content only, also when other PDFs are written at the same moment in the
 * same process (the cycle writes in turn, but nothing in the product should rely on that).
 */
class PdfReportTest {
    private static final int WRITERS = 4;
    private static final int ROUNDS = 5;

    @TempDir
    Path charts;

    @Test
    void pdfsWrittenAtOnceAreTheBytesEachGivesAlone() throws Exception {
        PdfReport pdf = new PdfReport(ChartFonts.find());
        List<ReportContent> contents = new ArrayList<>();
        for (int number = 0; number < WRITERS; number++) {
            contents.add(notice(number));
        }
        List<byte[]> alone = new ArrayList<>();
        for (ReportContent content : contents) {
            alone.add(pdf.render(content, charts));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<byte[]>> written = new ArrayList<>();
                for (ReportContent content : contents) {
                    written.add(pool.submit(() -> pdf.render(content, charts)));
                }
                for (int number = 0; number < WRITERS; number++) {
                    assertArrayEquals(alone.get(number), written.get(number).get(), "round " + round + ", notice " + number);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(WRITERS, alone.stream().map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).distinct().count(),
                "each notice is a PDF of its own");
    }

    /**
     * Chinese typesetting's rule (行首行尾禁则): no line of the PDF starts with a closing mark or ends with an opening
     * one. Paragraphs whose commas fall at every position of a line, and narrow columns headed "整改要求(须附材料)", give
     * OpenPDF's own breaks every chance to put "，" or ")" first on a line.
     */
    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int run = 1; run <= 14; run++) {
            paragraphs.add(("资金" + "到".repeat(run) + "，").repeat(12) + "（见附表）。");
        }
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        for (int column = 0; column < 12; column++) {
            columns.add("整改要求" + column + "(须附材料)");
            types.add("VARCHAR");
            row.add("（" + "一二三四五六七八九十".substring(0, 1 + column % 9) + "）");
        }
        ResultTable narrow = new ResultTable(columns, types, List.of(row), false);
        ReportContent content = new ReportContent("行首行尾禁则", LocalDate.of(2018, 10, 31), "650000", "新疆维吾尔自治区", 1L, Role.LEADER,
                null, paragraphs, narrow, null, List.of(new ReportSection("一、分列", String.join("", paragraphs.subList(0, 3)), narrow, null)));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(new PdfReport(ChartFonts.find()).render(content, charts))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        int lines = 0;
        for (String line : text.split("\\R")) {
            String words = line.strip();
            if (words.isEmpty()) {
                continue;
            }
            lines++;
            org.junit.jupiter.api.Assertions.assertEquals(-1, "，。、；：！？）)".indexOf(words.charAt(0)), "a line starts with a closing mark: " + words);
            org.junit.jupiter.api.Assertions.assertEquals(-1, "（(".indexOf(words.charAt(words.length() - 1)), "a line ends with an opening mark: " + words);
        }
        org.junit.jupiter.api.Assertions.assertTrue(lines > 60, "the paragraphs wrapped: " + lines + " lines");
    }

    /** A small notice, its text (and so its subset of the font and its seed) different for each number. */
    private static ReportContent notice(int number) {
        ResultTable headline = new ResultTable(List.of("指标", "金额（元）"), List.of("VARCHAR", "DECIMAL(18,2)"),
                List.of(List.of("下达资金" + "一二三四五六七八九十".charAt(number), new BigDecimal("1234567.8" + number)),
                        List.of("支付资金", new BigDecimal(number + "00.00"))), false);
        return ReportContent.notice("扶贫资金预警通知 第" + number + "号", LocalDate.of(2018, 10, 31), "65010" + number, "乌鲁木齐市" + number,
                number + 1L, Role.LEADER, new Letterhead("新财扶〔2018〕" + number + "号", "农业处", "请于十五日内反馈整改情况。", "自治区财政厅",
                        "2018年10月31日"), headline, List.of());
    }
}
