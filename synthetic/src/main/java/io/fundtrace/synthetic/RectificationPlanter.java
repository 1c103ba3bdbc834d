package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * Feedback on every third planted warning, in the statuses of rules.md (confirmed_normal included), dated in
 * the first quarter after the last fiscal year; the last feedback is dated D itself, the drop's last date.
 * None on DUPLICATE_PAYEE warnings: their ids hash pseudonyms under the installation's payee secret
 * (rules.md v1.2), and a drop does not depend on where it is loaded.
 */
final class RectificationPlanter {
    private final DropModel model;

    RectificationPlanter(DropModel model) {
        this.model = model;
    }

    void plant(List<Warning> sortedWarnings) {
        LocalDate quarter = LocalDate.of(model.options.toYear() + 1, 1, 10);
        Warning last = null;
        for (int i = 0; i < sortedWarnings.size(); i += 3) {
            Warning warning = sortedWarnings.get(i);
            if (warning.rule().equals("DUPLICATE_PAYEE")) {
                continue;
            }
            String id = warning.warningId();
            String staff = model.staff.anyone("650000");
            LocalDate first = quarter.plusDays(model.random.nextInt(40));
            switch ((i / 3) % 4) {
                case 0 -> {
                    add(id, first, "rectifying", staff, "已责成" + region(warning) + "限期整改");
                    add(id, first.plusDays(20), "rectified", staff, "已整改到位，资金已收回或拨付");
                }
                case 1 -> add(id, first, "confirmed_normal", staff, "经核实属正常情形，列入白名单");
                case 2 -> {
                    add(id, first, "confirmed_violation", staff, "经核实认定违规");
                    add(id, first.plusDays(15), "rectifying", staff, "整改中");
                }
                default -> add(id, first, "rectifying", null, null);
            }
            last = warning;
        }
        if (last != null) {
            add(last.warningId(), model.lastDate, "rectified", model.staff.anyone("650000"), "季度核查：已整改");
        }
    }

    private String region(Warning warning) {
        return model.reference.regions.get(warning.regionCode()).name();
    }

    private void add(String warningId, LocalDate at, String status, String staff, String note) {
        model.rectifications.add(new Rectification(warningId, at, status, staff, note, null));
    }
}
