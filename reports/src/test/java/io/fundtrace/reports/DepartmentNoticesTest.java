package io.fundtrace.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundtrace.warehouse.gate.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepartmentNoticesTest {
    @TempDir
    Path folder;

    @Test
    void oneNoticePerDepartmentWithItsWarningsAndWhatEachNeeds() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new DepartmentNotices(warehouse)
                .write(YearMonth.of(2018, 10), Role.LEADER, folder.resolve("out"));
        assertEquals(List.of("notice-2018-10-D05.html", "notice-2018-10-D09.html"),
                notices.stream().map(p -> p.getFileName().toString()).toList());
        String agriculture = Files.readString(notices.get(0), StandardCharsets.UTF_8);
        assertTrue(agriculture.contains("（农业处）"));
        assertTrue(agriculture.contains("a000000000000004"));
        assertTrue(agriculture.contains("超范围支出"));
        assertTrue(agriculture.contains("须附佐证材料销号"), "orange warnings need evidence");
        assertFalse(agriculture.contains("a000000000000007"), "a rectified warning is not listed");
        assertFalse(agriculture.contains("护边员"));
    }

    /** The notice goes to a 处室: whoever writes it, a classified fund's warnings are one total, with no fund, region or warning. */
    @Test
    void aClassifiedFundShowsOnlyTotalsEvenToTheLeader() throws Exception {
        Path warehouse = ReportFixture.create(folder);
        List<Path> notices = new DepartmentNotices(warehouse).write(YearMonth.of(2018, 10), Role.LEADER, folder.resolve("out"));
        String notice = Files.readString(notices.get(1), StandardCharsets.UTF_8);
        assertTrue(notice.contains("（行政政法处）"));
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
        List<Path> notices = new DepartmentNotices(warehouse)
                .write(YearMonth.of(2018, 10), Role.parse("department:行政政法处"), folder.resolve("out"));
        assertEquals(1, notices.size());
        String notice = Files.readString(notices.get(0), StandardCharsets.UTF_8);
        assertFalse(notice.contains("护边员补助经费"));
        assertFalse(notice.contains("R08"));
        assertFalse(notice.contains("a000000000000005"));
        assertTrue(notice.contains("涉密资金（合计）"), "the province's total of the fund's progress");
        assertFalse(notice.contains("65.43"), "the classified warning is not the department's to read");
        assertTrue(notice.contains("涉密资金预警仅向领导和扶贫办提供"));
    }
}
