package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months of a monthly drop, first to last, numbered 0, 1, ... so that totals can be kept per month. */
final class MonthRange {
    private final YearMonth first;
    private final YearMonth last;

    MonthRange(YearMonth first, YearMonth last) {
        this.first = first;
        this.last = last;
    }

    /** January of the first fiscal year to the month of the drop's last date. */
    static MonthRange of(DropModel model) {
        return new MonthRange(YearMonth.of(model.options.fromYear(), 1), YearMonth.from(model.lastDate));
    }

    int size() {
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** The number of the month a date falls in; a date outside the range is a bug of the generator. */
    int index(LocalDate date) {
        return index(YearMonth.from(date));
    }

    int index(YearMonth month) {
        if (month.isBefore(first) || month.isAfter(last)) {
            throw new IllegalStateException("a row dated in " + month + " is outside the drop's months " + first + ".." + last);
        }
        return (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** A month number for a date that may precede the range (approval dates): the first month then. */
    int indexOrFirst(LocalDate date) {
        return date == null || YearMonth.from(date).isBefore(first) ? 0 : index(date);
    }

    YearMonth month(int index) {
        return first.plusMonths(index);
    }

    LocalDate end(int index) {
        return month(index).atEndOfMonth();
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            months.add(month(i));
        }
        return months;
    }
}
