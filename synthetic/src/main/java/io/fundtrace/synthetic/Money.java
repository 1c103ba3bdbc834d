package io.fundtrace.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact splitting of yuan amounts to the fen; weights are shares, the money itself never is a double. */
final class Money {
    private Money() {
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    static long fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** A share of an amount, rounded down to the fen. */
    static BigDecimal part(BigDecimal amount, double share) {
        return yuan((long) Math.floor(fen(amount) * share));
    }

    /** Splits an amount by weights; the parts add up exactly (the last takes the rounding). */
    static BigDecimal[] split(BigDecimal amount, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        long total = fen(amount);
        BigDecimal[] parts = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            long part = (long) Math.floor(total * (weights[i] / sum));
            parts[i] = yuan(part);
            given += part;
        }
        parts[weights.length - 1] = yuan(total - given);
        return parts;
    }

    /** Whole 10,000 yuan (万元), the unit budget documents use. */
    static BigDecimal wan(double tenThousands) {
        return BigDecimal.valueOf(Math.round(tenThousands)).multiply(BigDecimal.valueOf(10000)).setScale(2);
    }
}
