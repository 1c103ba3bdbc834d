package io.fundtrace.synthetic;

import io.fundtrace.synthetic.format.DocumentNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * RECONCILIATION of indicators against treasury transfers: background transfers changed in amount
 * (amount_mismatch) or dropped (missing_transfer, long past the grace days), and transfers under document
 * numbers no indicator has (transfer_without_indicator), once as two transfers across a new year.
 */
final class ReconciliationPlanter {
    private final PlantContext context;

    ReconciliationPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < context.times(); i++) {
            mismatch(false);
            mismatch(true);
            missingTransfer();
            transferWithoutIndicator(false);
            transferWithoutIndicator(true);
        }
    }

    private void mismatch(boolean more) {
        Indicator indicator = context.untouchedBackground();
        List<Integer> positions = transfersOf(indicator);
        int position = positions.get(positions.size() - 1);
        Transfer transfer = context.model.transfers.get(position);
        BigDecimal difference = context.share(transfer.amount(), 0.05, 0.5).max(new BigDecimal("0.01"));
        BigDecimal changed = more ? transfer.amount().add(difference) : transfer.amount().subtract(difference);
        context.model.transfers.set(position, new Transfer(transfer.id(), transfer.docNo(), transfer.fundCode(),
                transfer.fromRegion(), transfer.toRegion(), changed, transfer.date()));
        context.warn(Grain.reconciliation(indicator.docNo(), indicator.fundCode(), indicator.issuer(), indicator.recipient(),
                indicator.fiscalYear(), indicator.id(), difference, "amount_mismatch"));
    }

    private void missingTransfer() {
        Indicator indicator = context.untouchedBackground();
        List<Integer> positions = transfersOf(indicator);
        for (int i = positions.size() - 1; i >= 0; i--) {
            context.model.transfers.remove((int) positions.get(i));
        }
        context.warn(Grain.reconciliation(indicator.docNo(), indicator.fundCode(), indicator.issuer(), indicator.recipient(),
                indicator.fiscalYear(), indicator.id(), indicator.amount(), "missing_transfer"));
    }

    private void transferWithoutIndicator(boolean acrossNewYear) {
        DropModel model = context.model;
        ReferenceData.Fund fund = context.chains.centralFund();
        int year = acrossNewYear ? model.options.fromYear() : context.chains.year();
        String prefecture = model.reference.prefectures.get(model.random.nextInt(model.reference.prefectures.size())).code();
        String docNo = model.documentNumbers.unused("650000", fund.department(), year, model.count("unused doc " + year));
        BigDecimal first = Money.wan(5 + model.random.nextInt(300));
        LocalDate day = acrossNewYear ? LocalDate.of(year, 12, 28) : LocalDate.of(year, 6, 1).plusDays(model.random.nextInt(150));
        model.transfers.add(new Transfer(model.nextId("GK", year, 6), model.documentNumbers.retyped(docNo), fund.code(),
                "650000", prefecture, first, day));
        BigDecimal total = first;
        if (acrossNewYear) {
            BigDecimal second = Money.wan(5 + model.random.nextInt(100));
            model.transfers.add(new Transfer(model.nextId("GK", year + 1, 6), model.documentNumbers.retyped(docNo),
                    fund.code(), "650000", prefecture, second, LocalDate.of(year + 1, 1, 6)));
            total = total.add(second);
        }
        context.warn(Grain.reconciliation(docNo, fund.code(), "650000", prefecture, year, null, total,
                "transfer_without_indicator"));
    }

    private List<Integer> transfersOf(Indicator indicator) {
        String docNo = DocumentNumber.normalise(indicator.docNo());
        List<Integer> positions = new ArrayList<>();
        List<Transfer> transfers = context.model.transfers;
        for (int i = 0; i < transfers.size(); i++) {
            Transfer transfer = transfers.get(i);
            if (transfer.fundCode().equals(indicator.fundCode()) && transfer.fromRegion().equals(indicator.issuer())
                    && transfer.toRegion().equals(indicator.recipient())
                    && DocumentNumber.normalise(transfer.docNo()).equals(docNo)) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            throw new IllegalStateException("no transfer mirrors " + indicator.id());
        }
        return positions;
    }
}
