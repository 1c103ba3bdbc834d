package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Everything a drop holds except the background payments, which are kept as batches and streamed out.
 * The factory methods keep the background invariants: every indicator gets a mirrored treasury transfer.
 */
final class DropModel {
    final GeneratorOptions options;
    final ReferenceData reference;
    final LocalDate lastDate;
    final SplittableRandom random;
    final DocumentNumbers documentNumbers;
    final StaffPicker staff;
    final Identities identities;
    final List<ReferenceData.Fund> localFunds = new ArrayList<>();
    final Map<String, Indicator> indicators = new LinkedHashMap<>();
    final Map<String, Project> projects = new LinkedHashMap<>();
    final List<PerformanceTarget> targets = new ArrayList<>();
    final List<PerformanceActual> actuals = new ArrayList<>();
    final List<Allocation> allocations = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<PaymentBatch> batches = new ArrayList<>();
    final List<Payment> plantedPayments = new ArrayList<>();
    final List<Rectification> rectifications = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    DropModel(GeneratorOptions options, ReferenceData reference) {
        this.options = options;
        this.reference = reference;
        // The extract is taken at the end of the first quarter after the last fiscal year.
        this.lastDate = LocalDate.of(options.toYear() + 1, 3, 31);
        this.random = new SplittableRandom(options.seed());
        this.documentNumbers = new DocumentNumbers(reference, options.seed() * 31 + 1);
        this.staff = new StaffPicker(reference, options.seed() * 31 + 2);
        this.identities = new Identities(options.seed() * 31 + 3);
    }

    int count(String key) {
        return counters.merge(key, 1, Integer::sum);
    }

    String nextId(String prefix, int year, int width) {
        int n = count(prefix + year);
        return prefix + year + String.format("%0" + width + "d", n);
    }

    ReferenceData.Fund fund(String code) {
        for (ReferenceData.Fund fund : reference.funds) {
            if (fund.code().equals(code)) {
                return fund;
            }
        }
        for (ReferenceData.Fund fund : localFunds) {
            if (fund.code().equals(code)) {
                return fund;
            }
        }
        throw new IllegalArgumentException("unknown fund " + code);
    }

    /** A new indicator and its mirrored treasury transfer (split in two now and then). */
    Indicator issue(String fundCode, int year, String docNo, Indicator parent, String issuer, String recipient,
            BigDecimal amount, BigDecimal povertyAmount, LocalDate docDate, LocalDate receivedDate) {
        Indicator indicator = indicatorWithoutTransfer(fundCode, year, docNo, parent, issuer, recipient, amount,
                povertyAmount, docDate, receivedDate);
        mirror(indicator);
        return indicator;
    }

    Indicator indicatorWithoutTransfer(String fundCode, int year, String docNo, Indicator parent, String issuer,
            String recipient, BigDecimal amount, BigDecimal povertyAmount, LocalDate docDate, LocalDate receivedDate) {
        String funcClass = random.nextInt(10) == 0 ? null : funcClassOf(fundCode);
        // Clerks type the brackets of a document number in many ways; matching normalises them.
        Indicator indicator = new Indicator(nextId("ZB", year, 6), year, documentNumbers.retyped(docNo),
                parent == null ? null : parent.id(),
                fundCode, issuer, recipient, amount, povertyAmount, docDate, receivedDate, funcClass, false, true,
                staff.handler(issuer), staff.reviewer(issuer));
        indicators.put(indicator.id(), indicator);
        return indicator;
    }

    void replace(Indicator indicator) {
        indicators.put(indicator.id(), indicator);
    }

    void mirror(Indicator indicator) {
        LocalDate date = indicator.docDate().plusDays(random.nextInt(4));
        if (date.isAfter(lastDate)) {
            date = lastDate;
        }
        if (random.nextInt(12) == 0 && indicator.amount().compareTo(new BigDecimal("1000.00")) > 0) {
            BigDecimal first = Money.part(indicator.amount(), 0.3 + random.nextDouble() * 0.4);
            addTransfer(indicator, first, date);
            addTransfer(indicator, indicator.amount().subtract(first), date.plusDays(random.nextInt(3)).isAfter(lastDate)
                    ? lastDate : date.plusDays(random.nextInt(3)));
        } else {
            addTransfer(indicator, indicator.amount(), date);
        }
    }

    private void addTransfer(Indicator indicator, BigDecimal amount, LocalDate date) {
        transfers.add(new Transfer(nextId("GK", indicator.fiscalYear(), 6), documentNumbers.retyped(indicator.docNo()),
                indicator.fundCode(), indicator.issuer(), indicator.recipient(), amount, date));
    }

    String funcClassOf(String fundCode) {
        ReferenceData.Fund fund = fund(fundCode);
        if ("special_poverty".equals(fund.scopeProfile())) {
            return new String[] {"2130504", "2130505", "2130506", "2130599", "2130301"}[random.nextInt(5)];
        }
        return switch (fund.department()) {
            case "教科文处" -> "2050202";
            case "社保处" -> "2080801";
            case "经建处" -> "2120501";
            default -> "2130599";
        };
    }

    void allocate(Indicator indicator, String projectId, BigDecimal amount, LocalDate date) {
        allocations.add(new Allocation(nextId("AP", indicator.fiscalYear(), 7), indicator.id(), projectId, amount, date,
                staff.handler(indicator.recipient()), staff.reviewer(indicator.recipient())));
    }

    void warn(Warning warning) {
        warnings.add(warning);
    }
}
