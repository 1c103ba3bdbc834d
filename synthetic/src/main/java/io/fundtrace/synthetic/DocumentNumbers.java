package io.fundtrace.synthetic;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Hands out document numbers like 新财农〔2018〕48号 per issuer and year, written with varied brackets. */
final class DocumentNumbers {
    private static final String[][] BRACKETS = {{"〔", "〕"}, {"〔", "〕"}, {"〔", "〕"}, {"﹝", "﹞"}, {"[", "]"},
        {"【", "】"}, {"（", "）"}, {"(", ")"}};
    private static final Map<String, String> DEPARTMENT_MARK = Map.ofEntries(
            Map.entry("财政扶贫资金管理办公室", "农"), Map.entry("农业处", "农"), Map.entry("教科文处", "教"),
            Map.entry("社保处", "社"), Map.entry("经建处", "建"), Map.entry("预算处", "预"), Map.entry("行政政法处", "行"),
            Map.entry("企业处", "企"), Map.entry("金融处", "金"), Map.entry("农业综合开发办公室", "农发"),
            Map.entry("农村综合改革办公室", "农改"), Map.entry("综合处", "综"));
    private final Map<String, Integer> counters = new HashMap<>();
    private final SplittableRandom random;
    private final ReferenceData reference;

    DocumentNumbers(ReferenceData reference, long seed) {
        this.reference = reference;
        this.random = new SplittableRandom(seed);
    }

    /** The next number of an issuer's documents of a year, in its standard form (〔〕). */
    String next(String issuer, String department, int year) {
        String prefix = prefix(issuer, department);
        int number = counters.merge(prefix + year, 1, Integer::sum);
        return prefix + "〔" + year + "〕" + number + "号";
    }

    /** A number no indicator carries: letters (函) are a series of their own, never used for indicators. */
    String unused(String issuer, String department, int year, int serial) {
        return prefix(issuer, department) + "函〔" + year + "〕" + serial + "号";
    }

    /** The same document number as a clerk might type it: other brackets, sometimes a space. */
    String retyped(String standard) {
        String[] bracket = BRACKETS[random.nextInt(BRACKETS.length)];
        String typed = standard.replace("〔", bracket[0]).replace("〕", bracket[1]);
        int pick = random.nextInt(20);
        if (pick == 0) {
            return typed.replace(bracket[1], bracket[1] + " ");
        }
        if (pick == 1) {
            return typed.replace(bracket[0], "\u3000" + bracket[0]);
        }
        return typed;
    }

    private String prefix(String issuer, String department) {
        String mark = DEPARTMENT_MARK.getOrDefault(department, "农");
        if (issuer.equals("100000")) {
            return "财" + mark;
        }
        if (issuer.equals("650000")) {
            return "新财" + mark;
        }
        String name = reference.regions.get(issuer).name();
        return name.substring(0, 2) + "财" + mark;
    }
}
