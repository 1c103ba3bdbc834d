package io.fundtrace.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When background money is paid, the way county treasuries pay it: the first payment of a batch on its
 * arrangement date (so no indicator sits idle), then a steady pace up to 31 October and the rest in a
 * year-end rush (1 November - 20 December, crowding towards December). Each county has a pace - the share of a batch paid before the
 * rush - and each of its funds a little spread around it: most counties stand at 74-83% by the end of
 * October, about one in eight far behind (38-62%), about one in fourteen ahead (93-100%). Everything is
 * paid by 20 December, so the background leaves no balance at the year's end and the answer key stays the
 * plants'. The pace is drawn from the seed and the codes, not from the model's random stream, so the rest
 * of a drop does not move with it.
 */
final class SpendingPace {
    private static final int RUSH_MONTH = 11;
    private static final int LAST_MONTH = 12;
    private static final int LAST_DAY = 20;

    private final long seed;

    SpendingPace(long seed) {
        this.seed = seed;
    }

    /** The share of a batch of this county and fund paid before the year-end rush. */
    double shareBeforeRush(String county, String fundCode) {
        SplittableRandom countyRandom = new SplittableRandom(seed * 1_000_003L + county.hashCode());
        double draw = countyRandom.nextDouble();
        double countyPace;
        if (draw < 0.125) {
            countyPace = 0.38 + 0.24 * countyRandom.nextDouble();
        } else if (draw < 0.195) {
            countyPace = 0.93 + 0.07 * countyRandom.nextDouble();
        } else {
            countyPace = 0.74 + 0.09 * countyRandom.nextDouble();
        }
        SplittableRandom fundRandom = new SplittableRandom(seed * 1_000_033L + (county + "|" + fundCode).hashCode());
        double spread = (fundRandom.nextDouble() - 0.5) * 0.08;
        return Math.max(0.3, Math.min(1.0, countyPace + spread));
    }

    /** The last day background money of a fiscal year is paid. */
    static LocalDate lastDay(int fiscalYear) {
        return LocalDate.of(fiscalYear, LAST_MONTH, LAST_DAY);
    }

    /**
     * The dates of one paced batch, in the order its payments are made: the first on the batch's first day,
     * then before the rush while the money paid so far stays within the batch's share, the rest in the rush.
     * Judging by money rather than by a coin per payment keeps a county's pace when its batches hold few
     * payments (small scales).
     */
    static final class Schedule {
        private final PaymentBatch batch;
        private final SplittableRandom random;
        private final LocalDate rush;
        private final long beforeRushFen;
        private long paidFen;
        private boolean opened;

        Schedule(PaymentBatch batch, SplittableRandom random) {
            this.batch = batch;
            this.random = random;
            this.rush = LocalDate.of(batch.first().getYear(), RUSH_MONTH, 1);
            this.beforeRushFen = Math.round(Money.fen(batch.total()) * batch.shareBeforeRush());
        }

        /** The date of the next payment of fen. */
        LocalDate next(long fen) {
            long before = paidFen;
            paidFen += fen;
            if (!opened) {
                opened = true;
                return batch.first();
            }
            if (!batch.first().isBefore(rush) || !batch.last().isAfter(rush)) {
                return uniform(batch.first(), batch.last(), random);
            }
            if (before + fen / 2 <= beforeRushFen) {
                return uniform(batch.first(), rush.minusDays(1), random);
            }
            // Payments crowd towards the year's last days: the density grows linearly through the rush.
            long span = batch.last().toEpochDay() - rush.toEpochDay();
            return rush.plusDays(Math.round(span * Math.sqrt(random.nextDouble())));
        }
    }

    static LocalDate uniform(LocalDate first, LocalDate last, SplittableRandom random) {
        long span = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }
}
