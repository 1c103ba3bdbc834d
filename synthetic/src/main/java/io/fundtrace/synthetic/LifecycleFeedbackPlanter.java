package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The feedback (整改反馈) of a monthly drop, answering the notices of a month-by-month run: for every path of
 * rules.md's lifecycle a few warnings - accepted chains closed on time, confirmed_normal, a repeated status
 * closed late (overdue on the month ends between), each rejection reason (no_evidence, bad_transition,
 * after_closed, unknown_warning - a made-up id, and a row dated before its warning existed), yellow and blue
 * warnings closed without evidence, feedback on a warning the data then resolves, a warning closed before
 * the data resolves it (closed for good), and an orange warning that turned yellow still needing evidence.
 * Orange closings carry evidence. Dates are counted from the dispatch, all on or before the drop's last date.
 * Warnings left without feedback go overdue. None on DUPLICATE_PAYEE: their ids depend on the installation.
 */
final class LifecycleFeedbackPlanter {
    private record Candidate(String warningId, int month, LocalDate dispatchedOn, String level) {
    }

    private final DropModel model;
    private final MonthRange range;
    private final MonthEndHits hits;
    private final Random random;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    LifecycleFeedbackPlanter(DropModel model, MonthRange range, MonthEndHits hits, Dispatches dispatches, Set<String> excluded) {
        this.model = model;
        this.range = range;
        this.hits = hits;
        this.random = new Random(model.options.seed() * 31 + 7);
        dispatches.all().forEach((id, dispatch) -> {
            if (!excluded.contains(id)) {
                candidates.add(new Candidate(id, dispatch.month(), range.end(dispatch.month()), dispatch.level()));
            }
        });
        Collections.shuffle(candidates, random);
    }

    void plant() {
        for (int round = 0; round < model.options.plantRounds(); round++) {
            plantOnce();
        }
    }

    private void plantOnce() {
        pick(orangeLasting(21), c -> {
            add(c, 3, "confirmed_violation", false, "经核实认定违规");
            add(c, 9, "rectifying", false, "已责成限期整改");
            add(c, 21, "rectified", true, "已整改到位，资金已收回或拨付");
        });
        pick(orangeLasting(5), c -> add(c, 5, "confirmed_normal", true, "经核实属正常情形，列入白名单"));
        pick(notBlueLasting(75), c -> {
            add(c, 4, "rectifying", false, "整改中");
            add(c, 12, "rectifying", false, "整改中（再次报送）");
            add(c, 75, "rectified", c.level().equals("orange"), "逾期整改到位");
        });
        pick(orangeLasting(14), c -> {
            add(c, 6, "rectified", false, "已整改（未附佐证材料）");
            add(c, 14, "rectified", true, "补报佐证材料，已整改");
        });
        pick(notBlueLasting(15), c -> {
            add(c, 5, "rectifying", false, "整改中");
            add(c, 10, "confirmed_violation", false, "改为认定违规");
            add(c, 15, "confirmed_normal", c.level().equals("orange"), "改为核实正常");
        });
        pick(notBlueLasting(30), c -> {
            add(c, 3, "confirmed_normal", c.level().equals("orange"), "经核实属正常情形");
            add(c, 20, "rectifying", false, "销号后又报整改中");
            add(c, 30, "confirmed_normal", c.level().equals("orange"), "再次报核实正常");
        });
        pick(lasting("yellow", 10), c -> add(c, 10, "rectified", false, "已整改"));
        pick(lasting("blue", 7), c -> add(c, 7, "rectified", false, "已补传文件扫描件"));
        pick(c -> fits(c, 2) && stopsHitting(c), c -> add(c, 2, "rectifying", false, "整改中"));
        pick(c -> fits(c, 5) && stopsHitting(c) && range.index(c.dispatchedOn().plusDays(5)) < stopMonth(c),
                c -> add(c, 5, "rectified", c.level().equals("orange"), "已整改到位"));
        pick(c -> turnsYellow(c) != null && fits(c, 0), c -> {
            LocalDate yellowOn = range.end(turnsYellow(c));
            add(c, yellowOn, "rectified", false, "已下达，申请销号（未附佐证材料）");
            if (!yellowOn.plusDays(3).isAfter(model.lastDate)) {
                add(c, yellowOn.plusDays(3), "rectified", true, "补报下达文件，申请销号");
            }
        });
        pick(c -> c.month() >= 1 && stillHits(c, range.size() - 1) && fits(c, 0),
                c -> add(c, range.month(c.month() - 1).atDay(15), "rectifying", false, "自查发现，先行整改"));
        String unknown = Warning.warningId("UNKNOWN", List.of(Long.toString(model.options.seed()), Integer.toString(used.size())));
        LocalDate day = range.end(range.size() / 2).minusDays(random.nextInt(20));
        model.rectifications.add(new Rectification(unknown, day, "rectified", staff(), "编号有误的反馈", null));
    }

    private void pick(Predicate<Candidate> fitting, java.util.function.Consumer<Candidate> plant) {
        for (Candidate candidate : candidates) {
            if (!used.contains(candidate.warningId()) && fitting.test(candidate)) {
                used.add(candidate.warningId());
                plant.accept(candidate);
                return;
            }
        }
    }

    private Predicate<Candidate> orangeLasting(int days) {
        return lasting("orange", days);
    }

    private Predicate<Candidate> lasting(String level, int days) {
        return c -> c.level().equals(level) && stillHits(c, range.size() - 1) && fits(c, days);
    }

    private Predicate<Candidate> notBlueLasting(int days) {
        return c -> !c.level().equals("blue") && stillHits(c, range.size() - 1) && fits(c, days);
    }

    private boolean fits(Candidate candidate, int days) {
        return !candidate.dispatchedOn().plusDays(days).isAfter(model.lastDate);
    }

    /** Whether the warning hits at every month end from its dispatch to the given month. */
    private boolean stillHits(Candidate candidate, int untilMonth) {
        for (int month = candidate.month(); month <= untilMonth; month++) {
            if (!hits.levels(month).containsKey(candidate.warningId())) {
                return false;
            }
        }
        return true;
    }

    /** The first month end after its dispatch at which the warning no longer hits (MAX_VALUE when never). */
    private int stopMonth(Candidate candidate) {
        for (int month = candidate.month() + 1; month < range.size(); month++) {
            if (!hits.levels(month).containsKey(candidate.warningId())) {
                return month;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A yellow or orange warning the data resolves after its dispatch. */
    private boolean stopsHitting(Candidate candidate) {
        return !candidate.level().equals("blue") && stopMonth(candidate) != Integer.MAX_VALUE;
    }

    /** The first month end at which an orange-dispatched warning that still hits is yellow (null when never). */
    private Integer turnsYellow(Candidate candidate) {
        if (!candidate.level().equals("orange")) {
            return null;
        }
        for (int month = candidate.month() + 1; month < range.size(); month++) {
            Map<String, String> levels = hits.levels(month);
            if ("yellow".equals(levels.get(candidate.warningId()))) {
                return month;
            }
        }
        return null;
    }

    private void add(Candidate candidate, int days, String status, boolean evidence, String note) {
        add(candidate, candidate.dispatchedOn().plusDays(days), status, evidence, note);
    }

    private void add(Candidate candidate, LocalDate at, String status, boolean evidence, String note) {
        String reference = evidence ? "evidence/" + candidate.warningId() + "-" + at + ".pdf" : null;
        model.rectifications.add(new Rectification(candidate.warningId(), at, status, staff(), note, reference));
    }

    private String staff() {
        return model.staff.anyone("650000");
    }
}
