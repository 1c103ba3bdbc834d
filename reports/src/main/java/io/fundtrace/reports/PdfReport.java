package io.fundtrace.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.fundtrace.warehouse.ResultTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The report as an A4 PDF with the CJK font embedded as a subset. Deterministic: dates pinned to
 * the as-of date, the subset's name prefix drawn from a seeded generator, the document ID a hash of
 * the content (see {@link PdfIdentity}).
 */
public final class PdfReport {
    private final ChartFonts fonts;

    public PdfReport(ChartFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(ReportContent content, Path chartFolder) throws IOException {
        BaseFont base = baseFont(content.pageLine());
        Font title = new Font(base, 18f);
        Font heading = new Font(base, 13f);
        Font body = new Font(base, 9f);
        Font summary = new Font(base, 10.5f);
        Font small = new Font(base, 7.5f, Font.NORMAL, Color.DARK_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42f, 42f, 52f, 46f);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageLine(content.pageLine(), small));
            document.addTitle(content.title());
            document.addCreator("fundtrace");
            document.open();
            Calendar asOf = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            asOf.clear();
            asOf.set(content.asOf().getYear(), content.asOf().getMonthValue() - 1, content.asOf().getDayOfMonth());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(asOf));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(asOf));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("fundtrace with OpenPDF"));

            Paragraph titleParagraph = new Paragraph(ChineseLineBreaks.chunk(content.title(), title));
            titleParagraph.setAlignment(Element.ALIGN_CENTER);
            document.add(titleParagraph);
            Letterhead letterhead = content.letterhead();
            if (letterhead != null) {
                Paragraph number = new Paragraph(ChineseLineBreaks.chunk(letterhead.documentNumber(), summary));
                number.setAlignment(Element.ALIGN_CENTER);
                document.add(number);
            }
            Paragraph meta = new Paragraph(ChineseLineBreaks.chunk(content.pageLine(), body));
            meta.setAlignment(Element.ALIGN_CENTER);
            meta.setSpacingAfter(8f);
            document.add(meta);
            if (letterhead != null) {
                Paragraph addressee = new Paragraph(ChineseLineBreaks.chunk(letterhead.addressee() + "：", summary));
                addressee.setSpacingBefore(6f);
                document.add(addressee);
                Paragraph opening = new Paragraph(ChineseLineBreaks.chunk(letterhead.opening(), summary));
                opening.setFirstLineIndent(21f);
                opening.setLeading(16f);
                document.add(opening);
            }
            if (!content.summary().isEmpty()) {
                document.add(new Paragraph(ChineseLineBreaks.chunk("综述", heading)));
                for (String text : content.summary()) {
                    Paragraph paragraph = new Paragraph(ChineseLineBreaks.chunk(text, summary));
                    paragraph.setFirstLineIndent(21f);
                    paragraph.setLeading(16f);
                    paragraph.setSpacingAfter(3f);
                    document.add(paragraph);
                }
            }
            Paragraph headlineHeading = new Paragraph(ChineseLineBreaks.chunk("主要指标", heading));
            headlineHeading.setSpacingBefore(6f);
            document.add(headlineHeading);
            document.add(table(content.headline(), body));
            if (content.comparison() != null) {
                document.add(new Paragraph(ChineseLineBreaks.chunk(HtmlReport.COMPARISON_NOTE, small)));
                document.add(table(content.comparison(), body));
            }
            for (ReportSection section : content.sections()) {
                Paragraph sectionHeading = new Paragraph(ChineseLineBreaks.chunk(section.heading(), heading));
                sectionHeading.setSpacingBefore(10f);
                document.add(sectionHeading);
                if (section.note() != null) {
                    document.add(new Paragraph(ChineseLineBreaks.chunk(section.note(), small)));
                }
                if (section.chartFile() != null) {
                    Image image = Image.getInstance(chartFolder.resolve(section.chartFile()).toString());
                    image.scaleToFit(document.right() - document.left(), 260f);
                    image.setAlignment(Element.ALIGN_CENTER);
                    document.add(image);
                }
                if (section.table() == null) {
                    continue;
                }
                if (section.table().isEmpty()) {
                    document.add(new Paragraph(ChineseLineBreaks.chunk("本期无数据。", body)));
                } else {
                    document.add(table(section.table(), body));
                }
            }
            if (letterhead != null) {
                Paragraph issuer = new Paragraph(ChineseLineBreaks.chunk(letterhead.issuer() + "\n" + letterhead.date(), summary));
                issuer.setAlignment(Element.ALIGN_RIGHT);
                issuer.setSpacingBefore(18f);
                document.add(issuer);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF: " + e.getMessage(), e);
        }
        return PdfIdentity.pin(out.toByteArray());
    }

    private BaseFont baseFont(String seed) throws IOException {
        try {
            String file = fonts.file().toString();
            // A font of this PDF's own, from the file's bytes: OpenPDF otherwise hands every caller one cached
            // instance, and the generator set below on it would be another PDF's when two are written at once
            // (different bytes for the same report). Parsing it again costs tens of milliseconds.
            BaseFont base = BaseFont.createFont(file.endsWith(".ttc") ? file + ",0" : file,
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Files.readAllBytes(fonts.file()), null);
            base.setSubset(true);
            // The subset's six-letter name prefix is random by default; a seeded generator fixes it.
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            base.setSecureRandom(random);
            return base;
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IOException("cannot load font " + fonts.file() + " for the PDF: " + e.getMessage(), e);
        }
    }

    private static PdfPTable table(ResultTable table, Font font) {
        PdfPTable pdf = new PdfPTable(widths(table));
        pdf.setWidthPercentage(100f);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(4f);
        for (String column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(ChineseLineBreaks.chunk(column, font)));
            cell.setBackgroundColor(new Color(221, 221, 221));
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(ChineseLineBreaks.chunk(Cells.format(table.columns().get(i), row.get(i)), font)));
                if (row.get(i) instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    /**
     * Column widths after the widest text a column holds, within bounds, so numbers, dates and short names
     * do not wrap: a Chinese character is as wide as two digits.
     */
    private static float[] widths(ResultTable table) {
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            int widest = width(table.columns().get(i)) / 2;
            for (List<Object> row : table.rows()) {
                widest = Math.max(widest, width(Cells.format(table.columns().get(i), row.get(i))));
            }
            // long names wrap rather than squeeze the numbers; every cell has its padding besides its text
            widths[i] = Math.max(4, Math.min(14, widest)) + 2;
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    /** The as-of date, scope and data version at the top of every page, the page number at the bottom. */
    private static final class PageLine extends PdfPageEventHelper {
        private final String line;
        private final Font font;

        PageLine(String line, Font font) {
            this.line = line;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(line, font),
                    (document.left() + document.right()) / 2, document.top() + 20f, 0f);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", font),
                    (document.left() + document.right()) / 2, document.bottom() - 24f, 0f);
        }
    }
}
