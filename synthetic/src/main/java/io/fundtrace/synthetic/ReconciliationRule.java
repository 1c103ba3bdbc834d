package io.fundtrace.synthetic;

import io.fundtrace.synthetic.format.DocumentNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's reading of RECONCILIATION (rules.md) at a month end: per key (normalised doc_no, fund,
 * issuer -> from, recipient -> to), the whole amount of the indicators dated by then against the treasury
 * transfers dated by then; a hit on a difference, on transfers without an indicator, and on indicators
 * without a transfer more than 15 days after the key's latest receipt.
 */
final class ReconciliationRule {
    private static final int GRACE_DAYS = 15;

    private static final class Side {
        long indicatorFen;
        long transferFen;
        int indicators;
        int transfers;
        LocalDate latestReceipt;
    }

    private final DropModel model;
    private final MonthRange range;

    ReconciliationRule(DropModel model, MonthRange range) {
        this.model = model;
        this.range = range;
    }

    void hits(int month, Map<String, String> out) {
        LocalDate end = range.end(month);
        Map<List<String>, Side> keys = new HashMap<>();
        for (Indicator indicator : model.indicators.values()) {
            if (!indicator.docDate().isAfter(end)) {
                Side side = keys.computeIfAbsent(key(indicator.docNo(), indicator.fundCode(), indicator.issuer(),
                        indicator.recipient()), k -> new Side());
                side.indicatorFen += Money.fen(indicator.amount());
                side.indicators++;
                if (side.latestReceipt == null || indicator.receipt().isAfter(side.latestReceipt)) {
                    side.latestReceipt = indicator.receipt();
                }
            }
        }
        for (Transfer transfer : model.transfers) {
            if (!transfer.date().isAfter(end)) {
                Side side = keys.computeIfAbsent(key(transfer.docNo(), transfer.fundCode(), transfer.fromRegion(),
                        transfer.toRegion()), k -> new Side());
                side.transferFen += Money.fen(transfer.amount());
                side.transfers++;
            }
        }
        keys.forEach((key, side) -> {
            boolean hit = side.indicators == 0
                    || side.transfers == 0 && ChronoUnit.DAYS.between(side.latestReceipt, end) > GRACE_DAYS
                    || side.transfers > 0 && side.indicatorFen != side.transferFen;
            if (hit) {
                out.put(Warning.warningId("RECONCILIATION", key), "orange");
            }
        });
    }

    private static List<String> key(String docNo, String fund, String from, String to) {
        return List.of(DocumentNumber.normalise(docNo), fund, from, to);
    }
}
