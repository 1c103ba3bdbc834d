package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English UTF-8, Chinese-header GBK (columns in another order) and XLSX load to identical clean tables. */
class SourceFormatsTest {
    @TempDir
    Path temp;

    private static final String[] ENGLISH = {
        "indicator_id,fiscal_year,doc_no,fund_code,issuer_region,recipient_region,amount,doc_date,exempt",
        "I1,2018,新财农〔2018〕1号,C01,650000,650102,1000.5,2018-03-01,N",
        "I2,2018,新财农[2018] 2号,C02,650000,650103,\"2,000\",2018/3/2,Y"};
    private static final String[] CHINESE = {
        "金额,指标编号,预算年度,本级文号,资金编码,下达方区划,接收方区划,发文日期,据实结算或救灾,备用列",
        "1000.5,I1,2018,新财农〔2018〕1号,C01,650000,650102,20180301,否,x",
        "\"2,000\",I2,2018,新财农[2018] 2号,C02,650000,650103,2018年3月2日,是,y"};

    private List<String> cleanIndicators(Path drop) throws Exception {
        Path warehouse = temp.resolve(drop.getFileName() + ".duckdb");
        IngestReport report = TestDrops.ingest(warehouse, drop);
        assertEquals(2, report.rowsLoaded(), report.toString());
        return TestDrops.rows(warehouse, "SELECT * EXCLUDE (batch_id, source_file, source_line) FROM clean.indicators ORDER BY indicator_id");
    }

    @Test
    void gbkWithChineseHeadersLoadsLikeUtf8() throws Exception {
        TestDrops.write(temp.resolve("utf8"), "indicators.csv", ENGLISH);
        Path gbk = TestDrops.write(temp.resolve("gbk"), "indicators.csv", Charset.forName("GBK"), CHINESE);
        Path bom = temp.resolve("bom");
        Files.createDirectories(bom);
        Files.write(bom.resolve("indicators.csv"), ("\uFEFF" + String.join("\n", CHINESE) + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> utf8 = cleanIndicators(temp.resolve("utf8"));
        assertEquals(utf8, cleanIndicators(temp.resolve("gbk")));
        assertEquals(utf8, cleanIndicators(bom));
        assertTrue(utf8.get(1).contains("新财农〔2018〕2号"), utf8.get(1));
        assertEquals(List.of("GB18030|zh"), TestDrops.rows(temp.resolve("gbk.duckdb"),
                "SELECT encoding, header_language FROM audit.batch_files WHERE file_name = 'indicators.csv'"));
        assertEquals(List.of("UTF-8|en"), TestDrops.rows(temp.resolve("utf8.duckdb"),
                "SELECT encoding, header_language FROM audit.batch_files WHERE file_name = 'indicators.csv'"));
        assertEquals(List.of("{\"备用列\":\"x\"}"), TestDrops.rows(temp.resolve("gbk.duckdb"),
                "SELECT unknown_columns FROM raw.indicators WHERE indicator_id = 'I1'"));
        // the ingest transcodes into its own scratch space: the clerk's file is left byte for byte
        assertArrayEquals((String.join("\n", CHINESE) + "\n").getBytes(Charset.forName("GBK")), Files.readAllBytes(gbk));
    }

    @Test
    void xlsxFirstSheetLoadsLikeCsv() throws Exception {
        Path xlsx = workbook("xlsx", "indicators_2018.xlsx", sheet -> {
            writeChineseRows(sheet);
            // a finance export keeps amounts as numbers and dates as date-formatted serial numbers
            sheet.value(1, 0, 1000.5);
            sheet.value(1, 7, java.time.LocalDate.of(2018, 3, 1));
            sheet.style(1, 7).format("yyyy-mm-dd").set();
        });
        TestDrops.write(temp.resolve("utf8"), "indicators.csv", ENGLISH);
        assertEquals(cleanIndicators(temp.resolve("utf8")), cleanIndicators(xlsx));
    }

    /**
     * Cells computed by formulas, as a spreadsheet program saves them (the formula and its last result): a date
     * (=DATE(2018,3,1), date-formatted), an amount whose binary result is 1000.4999999999999 and a text result read
     * as Excel shows them. The formulas are written by the workbook writer and their results added as Excel adds
     * them (the writer computes none).
     */
    @Test
    void xlsxFormulaCellsAreReadAsTheResultsTheWorkbookStored() throws Exception {
        Path xlsx = workbook("xlsx-formulas", "indicators.xlsx", sheet -> {
            writeChineseRows(sheet);
            sheet.formula(1, 0, "500.25*2");
            sheet.formula(1, 7, "DATE(2018,3,1)");
            sheet.style(1, 7).format("yyyy-mm-dd").set();
            sheet.formula(2, 3, "CONCATENATE(\"新财农[2018] \",\"2号\")");
        });
        // the results as a spreadsheet program stores them: a number after its formula, a text result in a cell typed str
        saved(xlsx.resolve("indicators.xlsx"), "xl/worksheets/sheet1.xml", Map.of(
                "<f>500.25*2</f>", "<f>500.25*2</f><v>1000.4999999999999</v>",
                "<f>DATE(2018,3,1)</f>", "<f>DATE(2018,3,1)</f><v>43160</v>",
                "<c r=\"D3\"><f>CONCATENATE(\"新财农[2018] \",\"2号\")</f>",
                "<c r=\"D3\" t=\"str\"><f>CONCATENATE(\"新财农[2018] \",\"2号\")</f><v>新财农[2018] 2号</v>"));
        TestDrops.write(temp.resolve("utf8"), "indicators.csv", ENGLISH);
        assertEquals(cleanIndicators(temp.resolve("utf8")), cleanIndicators(xlsx));
        assertEquals(List.of("I1|1000.5|2018-03-01|新财农〔2018〕1号", "I2|2,000|2018年3月2日|新财农[2018] 2号"),
                TestDrops.rows(temp.resolve("xlsx-formulas.duckdb"),
                        "SELECT indicator_id || '|' || amount || '|' || doc_date || '|' || doc_no FROM raw.indicators ORDER BY indicator_id"));
    }

    /**
     * A workbook whose formulas have no stored results (the writer here computes none, as openpyxl and other
     * libraries): its values are not in the file, so it is refused whole, naming the first such cell, its column
     * and its formula - not read with an empty value there, which an optional column would load as absent.
     */
    @Test
    void anXlsxWhoseFormulasHaveNoStoredResultsIsRefusedNamingTheCell() throws Exception {
        Path xlsx = workbook("xlsx-uncomputed", "indicators.xlsx", sheet -> {
            writeChineseRows(sheet);
            sheet.formula(2, 0, "1000*2");
        });
        Path warehouse = temp.resolve("xlsx-uncomputed.duckdb");
        FileReport file = TestDrops.ingest(warehouse, xlsx).files().get(0);
        assertEquals("refused", file.outcome(), file.toString());
        assertEquals("indicators.xlsx: refused: cell A3 (sheet row 3, column 金额) holds the formula =1000*2 but not its result;"
                + " expected the value a spreadsheet program computed and saved with it (the workbook was written by a program"
                + " that computes no formulas): open and save it in Excel or WPS, or send it as CSV", file.message());
        assertEquals(List.of("0"), TestDrops.rows(warehouse, "SELECT count(*) FROM raw.indicators"));
    }

    /**
     * Excel saves a date typed into a cell with one of its built-in formats, named by id alone (14, the short date;
     * 31, yyyy年m月d日 of a Chinese Excel), which the workbook's styles do not spell out: such a cell is a date too.
     * The writer names its formats, so its two date styles are turned into those ids as Excel writes them. (Until
     * this round the 31 was read as the number 43161.0 and held as unparseable_date.)
     */
    @Test
    void xlsxDatesInExcelsBuiltInFormatsAreDates() throws Exception {
        Path xlsx = workbook("xlsx-built-in", "indicators.xlsx", sheet -> {
            writeChineseRows(sheet);
            sheet.value(1, 7, java.time.LocalDate.of(2018, 3, 1));
            sheet.style(1, 7).format("yyyy-mm-dd").set();
            sheet.value(2, 7, java.time.LocalDate.of(2018, 3, 2));
            sheet.style(2, 7).format("yyyy/m/d").set();
        });
        // the writer numbers its formats from 165
        saved(xlsx.resolve("indicators.xlsx"), "xl/styles.xml", Map.of("<xf numFmtId=\"165\"", "<xf numFmtId=\"14\"",
                "<xf numFmtId=\"166\"", "<xf numFmtId=\"31\""));
        TestDrops.write(temp.resolve("utf8"), "indicators.csv", ENGLISH);
        assertEquals(cleanIndicators(temp.resolve("utf8")), cleanIndicators(xlsx));
    }

    /** The workbook with each text of one of its parts (an XML file of the zip) replaced as given (each must be there). */
    private static void saved(Path xlsx, String part, Map<String, String> replacements) throws IOException {
        Path copy = xlsx.resolveSibling("saved.zip");
        try (ZipFile zip = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                        assertTrue(xml.contains(replacement.getKey()), xml);
                        xml = xml.replace(replacement.getKey(), replacement.getValue());
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, xlsx, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A note typed right of the header's last column (a row wider than its header) is that row's fault, not
     * the file's: the row is held as wrong_field_count on its sheet row, the others load.
     */
    @Test
    void anXlsxRowWithAValueRightOfTheHeaderIsHeldNotTheFileRefused() throws Exception {
        Path xlsx = workbook("xlsx-wide", "indicators.xlsx", sheet -> {
            // sheet rows 1 (header), 2, 4 and 5; row 3 empty; row 4 carries a note two columns right of the header
            writeRow(sheet, 0, ENGLISH[0]);
            writeRow(sheet, 1, ENGLISH[1]);
            writeRow(sheet, 3, ENGLISH[2]);
            sheet.value(3, 10, "待核实");
            writeRow(sheet, 4, ENGLISH[1].replace("I1,", "I3,"));
        });
        Path warehouse = temp.resolve("xlsx-wide.duckdb");
        IngestReport report = TestDrops.ingest(warehouse, xlsx);
        assertEquals(List.of(3L, 2L, 1L), List.of(report.files().get(0).rowsRead(), report.files().get(0).rowsLoaded(),
                report.files().get(0).rowsQuarantined()), report.toString());
        assertEquals(List.of("indicators.xlsx|4|wrong_field_count"), TestDrops.rows(warehouse,
                "SELECT source_file || '|' || source_line || '|' || rule FROM quarantine.rows"));
        assertEquals(List.of("I1", "I3"), TestDrops.rows(warehouse, "SELECT indicator_id FROM clean.indicators ORDER BY 1"));
    }

    /** A drop folder of one workbook whose first sheet the filler writes. */
    private Path workbook(String folder, String file, Consumer<Worksheet> filler) throws IOException {
        Path drop = Files.createDirectories(temp.resolve(folder));
        try (OutputStream out = Files.newOutputStream(drop.resolve(file))) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            filler.accept(workbook.newWorksheet("指标"));
            workbook.finish();
        }
        return drop;
    }

    /** The Chinese-header drop's lines as the sheet's first rows, every value a text cell. */
    private static void writeChineseRows(Worksheet sheet) {
        for (int row = 0; row < CHINESE.length; row++) {
            writeRow(sheet, row, CHINESE[row]);
        }
    }

    /** One CSV line's values as the text cells of a sheet row (0-based). */
    private static void writeRow(Worksheet sheet, int row, String line) {
        List<String> cells = Csv.parseLine(line);
        for (int column = 0; column < cells.size(); column++) {
            sheet.value(row, column, cells.get(column));
        }
    }

    /**
     * "A Chinese alias stands for the same column in every file where that column appears": 文号 (the
     * transfers' alias of doc_no) names the indicators' doc_no; where the file also has the entity's own
     * 本级文号, 文号 is an unknown column, kept in raw, not a second doc_no.
     */
    @Test
    void anAliasOfTheSameColumnInAnotherEntityNamesItToo() throws Exception {
        String[] shared = CHINESE.clone();
        shared[0] = shared[0].replace("本级文号", "文号");
        TestDrops.write(temp.resolve("shared"), "indicators.csv", Charset.forName("GBK"), shared);
        TestDrops.write(temp.resolve("utf8"), "indicators.csv", ENGLISH);
        List<String> utf8 = cleanIndicators(temp.resolve("utf8"));
        assertEquals(utf8, cleanIndicators(temp.resolve("shared")));

        String[] both = {CHINESE[0].replace("备用列", "文号"), CHINESE[1].replace(",x", ",另一文号"), CHINESE[2]};
        TestDrops.write(temp.resolve("both"), "indicators.csv", both);
        assertEquals(utf8, cleanIndicators(temp.resolve("both")));
        assertEquals(List.of("{\"文号\":\"另一文号\"}"), TestDrops.rows(temp.resolve("both.duckdb"),
                "SELECT unknown_columns FROM raw.indicators WHERE indicator_id = 'I1'"));
    }
}
