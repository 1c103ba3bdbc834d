package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The county project library with performance targets and actuals; background projects meet their targets. */
final class ProjectLibrary {
    private static final String[] CATEGORIES = {"产业发展", "农村基础设施", "易地扶贫搬迁配套", "教育扶贫", "健康扶贫",
        "就业扶贫", "危房改造", "饮水安全"};
    private static final String[] WORKS = {"林果提质增效", "村组道路硬化", "安置点配套设施", "学校改扩建", "卫生室标准化",
        "扶贫车间建设", "农村安居房建设", "农村饮水管网改造"};
    private final DropModel model;
    private final Map<String, List<Project>> funded = new HashMap<>();

    ProjectLibrary(DropModel model) {
        this.model = model;
    }

    /** Projects of a county and year that background money goes to (created on first use). */
    List<Project> fundedProjects(String county, int year) {
        return funded.computeIfAbsent(county + year, key -> {
            int count = Math.max(2, (int) Math.round(40 * model.options.scale()));
            List<Project> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(create(county, year, true, approvalDate(year), year < model.options.toYear()
                        || model.random.nextBoolean(), Set.of()));
            }
            return list;
        });
    }

    LocalDate approvalDate(int year) {
        return LocalDate.of(year - 1, 11, 1).plusDays(model.random.nextInt(60));
    }

    /**
     * A project with targets; failing lists the target numbers (1-based) whose latest actual misses
     * (it is only used for ended projects). Pass null targets by calling {@link #createWithoutTargets}.
     */
    Project create(String county, int year, boolean inPlan, LocalDate approved, boolean ended, Set<Integer> failing) {
        Project project = createWithoutTargets(county, year, inPlan, approved, ended);
        addTargets(project, year, failing);
        return project;
    }

    Project createWithoutTargets(String county, int year, boolean inPlan, LocalDate approved, boolean ended) {
        int kind = model.random.nextInt(CATEGORIES.length);
        String countyName = model.reference.regions.get(county).name();
        LocalDate start = LocalDate.of(year, 3, 1).plusDays(model.random.nextInt(60));
        LocalDate end = ended ? LocalDate.of(year, 12, 5).plusDays(model.random.nextInt(20)) : null;
        String status = ended ? (model.random.nextInt(15) == 0 ? "终止" : "完工") : "实施";
        boolean optionalShown = model.random.nextInt(8) != 0;
        Project project = new Project(model.nextId("XM" + county, year, 4), county,
                countyName + year + "年" + WORKS[kind] + "项目", optionalShown ? CATEGORIES[kind] : null, inPlan, approved,
                status, optionalShown ? start : null, ended && model.random.nextInt(10) == 0 ? null : end,
                optionalShown ? countyName + WORKS[kind].substring(0, 2) + "项目办" : null,
                optionalShown ? Money.wan(50 + model.random.nextInt(3000)) : null);
        model.projects.put(project.id(), project);
        return project;
    }

    private void addTargets(Project project, int year, Set<Integer> failing) {
        int count = Math.max(3 + model.random.nextInt(2), failing.stream().mapToInt(Integer::intValue).max().orElse(0));
        LocalDate review = LocalDate.of(year, 12, 28).plusDays(5 + model.random.nextInt(30));
        if (review.isAfter(model.lastDate)) {
            review = model.lastDate;
        }
        for (int number = 1; number <= count; number++) {
            PerformanceTarget target = target(project.id(), number);
            model.targets.add(target);
            // A mid-year reading, often behind; only the latest reading is judged.
            boolean midYear = model.random.nextInt(3) == 0;
            if (midYear) {
                model.actuals.add(new PerformanceActual(project.id(), target.targetId(), LocalDate.of(year, 7, 15),
                        value(target, false)));
            }
            boolean judged = project.endedAt(model.lastDate) || midYear || model.random.nextBoolean();
            // The last target of some projects has no reading at all, which is not judged.
            if (judged && (midYear || number < count || failing.contains(number) || model.random.nextInt(4) != 0)) {
                model.actuals.add(new PerformanceActual(project.id(), target.targetId(), review,
                        value(target, !failing.contains(number))));
            }
        }
    }

    private PerformanceTarget target(String projectId, int number) {
        String id = "T" + number;
        return switch (number) {
            case 1 -> new PerformanceTarget(projectId, id, "产出", "数量指标", "完成建设任务数量", ">=",
                    BigDecimal.valueOf(10 + model.random.nextInt(190)), "个");
            case 2 -> new PerformanceTarget(projectId, id, "效益", "社会效益指标", "带动贫困人口增收人数", ">=",
                    BigDecimal.valueOf(50 + model.random.nextInt(450)), "人");
            case 3 -> new PerformanceTarget(projectId, id, "产出", "成本指标", "单位成本超支率", "<=",
                    BigDecimal.valueOf(5), "%");
            default -> new PerformanceTarget(projectId, id, "满意度", null, "按期完工", "=", BigDecimal.ONE, null);
        };
    }

    /** A reading that meets the target (completion at least 0.8, sometimes exactly 0.8) or clearly misses it. */
    private BigDecimal value(PerformanceTarget target, boolean met) {
        BigDecimal goal = target.targetValue();
        return switch (target.direction()) {
            case ">=" -> met
                    ? (model.random.nextInt(6) == 0 ? goal.multiply(new BigDecimal("0.8"))
                            : goal.multiply(BigDecimal.valueOf(90 + model.random.nextInt(40))).divide(BigDecimal.valueOf(100), 2,
                                    RoundingMode.HALF_UP))
                    : goal.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            case "<=" -> met ? BigDecimal.valueOf(model.random.nextInt(6)) : goal.multiply(BigDecimal.valueOf(2));
            default -> met ? goal : BigDecimal.ZERO;
        };
    }
}
