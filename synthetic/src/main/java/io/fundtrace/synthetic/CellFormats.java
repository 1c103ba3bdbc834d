package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Writes amounts and dates in every format the contract accepts, most of them in the plain one. */
final class CellFormats {
    private final SplittableRandom random;

    CellFormats(long seed) {
        random = new SplittableRandom(seed);
    }

    String amount(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY);
        int pick = random.nextInt(20);
        if (fen.signum() < 0) {
            return pick < 17 ? fen.toPlainString() : "-" + grouped(fen.negate());
        }
        if (pick < 14) {
            return fen.toPlainString();
        }
        if (pick < 16) {
            return grouped(fen);
        }
        String shortest = fen.stripTrailingZeros().toPlainString();
        return (pick < 18 ? "¥" : "￥") + shortest;
    }

    /** Amounts or numbers that are optional or not money stay plain. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int pick = random.nextInt(20);
        if (pick < 14) {
            return date.toString();
        }
        if (pick < 16) {
            return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
        }
        if (pick < 18) {
            return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String grouped(BigDecimal fen) {
        String plain = fen.toPlainString();
        int point = plain.indexOf('.');
        String whole = plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out + plain.substring(point);
    }
}
