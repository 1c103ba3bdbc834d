package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.gate.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticesTest {
    private static final YearMonth OCTOBER = YearMonth.of(2018, 10);

    @TempDir
    Path folder;

    @Test
    void oneNoticePerDepartmentWithItsWarningsAndWhatEachNeeds() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new Notices(warehouse)
                .write(OCTOBER, Notices.Addressee.DEPARTMENTS, Role.LEADER, folder.resolve("out"));
        assertEquals(List.of("notice-2018-10-D05.html", "notice-2018-10-D05.pdf", "notice-2018-10-D09.html", "notice-2018-10-D09.pdf"),
                notices.stream().map(p -> p.getFileName().toString()).toList());
        String agriculture = Files.readString(notices.get(0), StandardCharsets.UTF_8);
        assertTrue(agriculture.contains("农业处："));
        assertTrue(agriculture.contains("a000000000000004"));
        assertTrue(agriculture.contains("超范围支出"));
        assertTrue(agriculture.contains("须附佐证材料销号"), "orange warnings need evidence");
        assertFalse(agriculture.contains("a000000000000007"), "a rectified warning is not listed");
        assertFalse(agriculture.contains("护边员"));
        assertFalse(agriculture.contains("水利发展资金"), "its fund with nothing this year has no line of zeros");
    }

    /** The notice goes to a 处室: whoever writes it, a classified fund's warnings are one total, with no fund, region or warning. */
    @Test
    void aClassifiedFundShowsOnlyTotalsEvenToTheLeader() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new Notices(warehouse).write(OCTOBER, Notices.Addressee.DEPARTMENTS, Role.LEADER, folder.resolve("out"));
        String notice = Files.readString(notices.get(2), StandardCharsets.UTF_8);
        assertTrue(notice.contains("行政政法处："));
        assertFalse(notice.contains("护边员补助经费"));
        assertFalse(notice.contains("R08"));
        assertFalse(notice.contains("a000000000000005"));
        assertTrue(notice.contains("涉密资金（合计）"));
        assertTrue(notice.contains("65.43"), "the classified warning's amount stays in the total, in 万元");
    }

    /**
     * Read as the 处室 itself, the notice shows what that role reads: a classified fund's province total,
     * and no warning of a classified fund, not even as a total (rules.md, Access: only leader and pfo
     * read a classified fund's warnings). Before one policy, the notice counted them from the tables.
     */
    @Test
    void readAsTheDepartmentTheClassifiedWarningsAreWithheld() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new Notices(warehouse)
                .write(OCTOBER, Notices.Addressee.DEPARTMENTS, Role.parse("department:行政政法处"), folder.resolve("out"));
        assertEquals(2, notices.size(), "one notice, HTML and PDF");
        String notice = Files.readString(notices.get(0), StandardCharsets.UTF_8);
        assertFalse(notice.contains("护边员补助经费"));
        assertFalse(notice.contains("R08"));
        assertFalse(notice.contains("a000000000000005"));
        assertTrue(notice.contains("涉密资金（合计）"), "the province's total of the fund's progress");
        assertFalse(notice.contains("65.43"), "the classified warning is not the department's to read");
        assertTrue(notice.contains("涉密资金预警仅向领导和扶贫办提供"));
    }

    /**
     * A department's notice is a document: its number, addressee and issuer; each warning with its
     * handler and reviewer by name, its due date, the overdue ones first; and the feedback rejected this
     * month with its reason in words (September's rejection was the previous notice's), also the feedback its
     * staff sent on an ID that names no warning, which has no fund or region to be addressed by.
     */
    @Test
    void aNoticeNamesHandlersListsOverdueFirstAndTheMonthsRejectedFeedback() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new Notices(warehouse).write(OCTOBER, Notices.Addressee.DEPARTMENTS, Role.LEADER, folder.resolve("out"));
        String html = Files.readString(notices.get(0), StandardCharsets.UTF_8);
        String pdf = text(notices.get(1)).replaceAll("\\s+", ""); // table cells wrap names across lines
        for (String document : List.of(html, pdf)) {
            assertTrue(document.contains("新财扶监〔2018〕10-D05号"), "the document number");
            assertTrue(document.contains("农业处："), "the addressee");
            assertTrue(document.contains(Notices.ISSUER) && document.contains("2018年10月31日"), "issuer and date");
            assertTrue(document.contains("艾力·买买提") && document.contains("王芳") && document.contains("李强"), "names from staff");
            assertTrue(document.contains("2018-10-30"), "the due date");
        }
        // I1 (1 day overdue) and the duplicate payment (1 day) before the carry-over and out-of-scope payment (not due)
        assertTrue(html.indexOf("a000000000000001") < html.indexOf("a000000000000002"));
        assertTrue(html.indexOf("a000000000000003") < html.indexOf("a000000000000004"));
        assertTrue(html.contains("橙色预警申请销号未附佐证材料"), "the rejection's reason in words");
        assertTrue(html.contains("2018-10-20"));
        assertFalse(html.contains("2018-09-12"), "September's rejection was in the previous notice");
        // feedback on an ID that names no warning goes back to its sender's department (李强, 农业处); one without a sender to none
        assertTrue(html.contains("f000000000000099") && html.contains("预警编号不存在或尚未下发"), "S3's feedback on an unknown ID");
        assertFalse(html.contains("f000000000000098"), "feedback without a sender is no department's");
        assertTrue(html.contains("被退回的整改反馈2条"), html);
    }

    /**
     * A prefecture's notice lists its own warnings and its counties' not yet overdue (to pass on, 逐级), and
     * apart its counties' overdue ones (逐级督办): each open warning of its area once, as many as its opening
     * counts. It names no other prefecture; a county's notice has no regions below. Reruns give the same bytes.
     */
    @Test
    void regionNoticesCarryTheOverdueWarningsOfTheRegionsBelow() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> prefectures = new Notices(warehouse).write(OCTOBER, Notices.Addressee.PREFECTURES, Role.LEADER, folder.resolve("p"));
        assertEquals(List.of("notice-2018-10-650100.html", "notice-2018-10-650100.pdf", "notice-2018-10-653100.html",
                "notice-2018-10-653100.pdf"), prefectures.stream().map(p -> p.getFileName().toString()).toList());
        String kashgar = Files.readString(prefectures.get(2), StandardCharsets.UTF_8);
        assertTrue(kashgar.contains("喀什地区财政局："));
        String below = kashgar.substring(kashgar.indexOf("下级地区逾期未整改预警"));
        assertTrue(below.contains("a000000000000001") && below.contains("a000000000000003"), "疏附县's overdue warnings");
        assertFalse(below.contains("a000000000000002"), "a county's warning not yet due is not escalated");
        String toAct = kashgar.substring(kashgar.indexOf("未整改预警及整改要求"), kashgar.indexOf("下级地区逾期未整改预警"));
        assertTrue(toAct.contains("a000000000000002"), "but passed on to the county through its prefecture");
        assertFalse(toAct.contains("a000000000000001") || toAct.contains("a000000000000003"), "an escalated warning is listed once");
        Matcher opening = Pattern.compile("未整改预警(\\d+)条").matcher(kashgar);
        assertTrue(opening.find(), kashgar);
        long listed = Pattern.compile("a0{11}\\d{4}").matcher(kashgar.substring(kashgar.indexOf("未整改预警及整改要求"),
                kashgar.indexOf("、上月通报以来被退回"))).results().count();
        assertEquals(Long.parseLong(opening.group(1)), listed, "the opening counts what the notice lists");
        assertFalse(kashgar.contains("乌鲁木齐"), "no other prefecture");
        assertTrue(text(prefectures.get(3)).contains("逐级督办"));

        List<Path> counties = new Notices(warehouse).write(OCTOBER, Notices.Addressee.COUNTIES, Role.LEADER, folder.resolve("c"));
        String shufu = Files.readString(counties.get(2), StandardCharsets.UTF_8);
        assertTrue(shufu.contains("疏附县财政局：") && shufu.contains("a000000000000002"));
        assertFalse(shufu.contains("逐级督办"), "a county has no region below");

        List<Path> again = new Notices(warehouse).write(OCTOBER, Notices.Addressee.PREFECTURES, Role.LEADER, folder.resolve("p2"));
        for (int i = 0; i < prefectures.size(); i++) {
            assertArrayEquals(Files.readAllBytes(prefectures.get(i)), Files.readAllBytes(again.get(i)), prefectures.get(i).toString());
        }
    }

    /** A region's reader gets the notices of its own subtree only. */
    @Test
    void aRegionRoleGetsItsOwnSubtreesNotices() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new Notices(warehouse).write(OCTOBER, Notices.Addressee.COUNTIES, Role.parse("region:653100"),
                folder.resolve("k"));
        assertEquals(List.of("notice-2018-10-653121.html", "notice-2018-10-653121.pdf"),
                notices.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static String text(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
