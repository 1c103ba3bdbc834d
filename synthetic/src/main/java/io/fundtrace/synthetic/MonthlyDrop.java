package io.fundtrace.synthetic;

import io.fundtrace.warehouse.gate.PayeeKeyring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The world of a drop written the way counties submit it: one folder per month (drop/2018-01/, ...) holding
 * that month's rows of every entity (Deliveries says which month a row belongs to), so that the monthly
 * cycle can run month by month. The single drop's feedback, dated in the quarter after the last year,
 * answers no notice and is left out; instead the lifecycle's feedback is planted from the dispatches a
 * month-by-month run makes (LifecycleFeedbackPlanter). In _keys/, beside the answer key (the warnings as of
 * the last date, as for a single drop): lifecycle_key.csv and feedback_key.csv, the lifecycle a run from the
 * first month must give (LifecycleKey), computed from what was planted through the generator's own reading
 * of rules.md (MonthEndHits), never by the marts. DUPLICATE_PAYEE ids in the lifecycle key are made under
 * the installation's payee secret (PayeeKeyring.defaultPath()); drop_info.csv names its fingerprint.
 */
final class MonthlyDrop {
    private final SyntheticDrop.World world;
    private final GeneratorOptions options;
    private final ContractColumns contract;

    MonthlyDrop(SyntheticDrop.World world, GeneratorOptions options, ContractColumns contract) {
        this.world = world;
        this.options = options;
        this.contract = contract;
    }

    SyntheticDrop.MonthlySummary writeTo(Path folder) {
        DropModel model = world.model();
        MonthRange range = MonthRange.of(model);
        model.rectifications.clear();
        Deliveries deliveries = new Deliveries(model, range);
        EntityRows rows = new EntityRows(new CellFormats(options.seed() * 31 + 5));
        MonthlyFiles files = new MonthlyFiles(folder, options, contract, range);
        files.write("funds", model.localFunds, fund -> 0, rows::fund);
        files.write("projects", List.copyOf(model.projects.values()), project -> deliveries.projectMonth(project.id()),
                rows::project);
        files.write("indicators", List.copyOf(model.indicators.values()), deliveries::indicatorMonth, rows::indicator);
        files.write("allocations", model.allocations, allocation -> range.index(allocation.date()), rows::allocation);
        files.write("performance_targets", model.targets, target -> deliveries.projectMonth(target.projectId()), rows::target);
        files.write("performance_actuals", model.actuals, actual -> range.index(actual.asOf()), rows::actual);
        files.write("treasury_transfers", model.transfers, transfer -> range.index(transfer.date()), rows::transfer);
        PaymentTotals payments = new MonthlyPayments(model, files, rows, deliveries, range).write();

        PayeeKeyring keyring = PayeeKeyring.installation();
        MonthEndHits hits = new MonthEndHits(model, range, deliveries, payments, world.warnings(), keyring);
        Dispatches dispatches = new Dispatches(hits, range);
        new LifecycleFeedbackPlanter(model, range, hits, dispatches, hits.duplicatePayeeIds()).plant();
        files.write("rectifications", model.rectifications, row -> range.index(row.at()), rows::rectification);
        LifecycleKey key = new LifecycleKey(range, hits, dispatches, model.rectifications);

        LocalDate lastEventDate = rows.latestEventDate();
        MetaFiles meta = new MetaFiles(folder);
        meta.answerKey(world.warnings());
        meta.dirtyKey(List.of());
        meta.manifest(files.files());
        meta.lifecycleKey(key.rows());
        meta.feedbackKey(key.feedbackLog());
        meta.info(options, lastEventDate, List.of(List.of("monthly", "true"),
                List.of("first_month", range.month(0).toString()), List.of("last_month", range.month(range.size() - 1).toString()),
                List.of("payee_secret_fingerprint", keyring.fingerprint())));
        List<SyntheticDrop.WrittenFile> written = new ArrayList<>(files.files());
        written.addAll(meta.files());
        return new SyntheticDrop.MonthlySummary(folder, files.months(), lastEventDate, world.warnings().size(),
                key.rows().size(), key.feedbackLog().size());
    }
}
