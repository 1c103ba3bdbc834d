package io.fundtrace.synthetic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What `fundtrace generate` was asked for. encoding is utf-8 or gbk (written as GB18030, GBK's superset,
 * so that ¥ survives; the contract reads every non-UTF-8 file as GB18030); headers en or zh. profile is
 * xinjiang (the shipped region tree) or national (every province, for benchmarks; see NationalRegions).
 */
public record GeneratorOptions(long seed, double scale, int fromYear, int toYear, String encoding, String headers,
        double dirtyRate, String profile) {
    public static final String XINJIANG = "xinjiang";
    public static final String NATIONAL = "national";

    public GeneratorOptions {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 100, got " + scale);
        }
        if (fromYear < 2016 || toYear > 2030 || toYear < fromYear) {
            throw new IllegalArgumentException("--from/--to must be years with from <= to, got " + fromYear + ".." + toYear);
        }
        if (!encoding.equals("utf-8") && !encoding.equals("gbk")) {
            throw new IllegalArgumentException("--encoding must be utf-8 or gbk, got " + encoding);
        }
        if (!headers.equals("en") && !headers.equals("zh")) {
            throw new IllegalArgumentException("--headers must be en or zh, got " + headers);
        }
        if (dirtyRate < 0 || dirtyRate > 0.5) {
            throw new IllegalArgumentException("--dirty must be between 0 and 0.5, got " + dirtyRate);
        }
        if (!profile.equals(XINJIANG) && !profile.equals(NATIONAL)) {
            throw new IllegalArgumentException("--profile must be xinjiang or national, got " + profile);
        }
    }

    /** The Xinjiang profile. */
    public GeneratorOptions(long seed, double scale, int fromYear, int toYear, String encoding, String headers,
            double dirtyRate) {
        this(seed, scale, fromYear, toYear, encoding, headers, dirtyRate, XINJIANG);
    }

    public static GeneratorOptions defaults() {
        return new GeneratorOptions(7, 0.05, 2018, 2020, "utf-8", "en", 0);
    }

    Charset charset() {
        return encoding.equals("gbk") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** How many times each anomaly variant is planted: once at small scale, 20 times at scale 1. */
    int plantRounds() {
        return Math.max(1, (int) Math.round(scale * 20));
    }

    boolean national() {
        return profile.equals(NATIONAL);
    }

    boolean chineseHeaders() {
        return headers.equals("zh");
    }
}
