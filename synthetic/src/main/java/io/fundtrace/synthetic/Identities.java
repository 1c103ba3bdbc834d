package io.fundtrace.synthetic;

import io.fundtrace.synthetic.format.CreditCode;
import io.fundtrace.synthetic.format.ResidentIdentity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Payee identities: persons get ID numbers never handed out twice (sequence 100-999 for the background,
 * 000-099 for planted payees), enterprises and units come from a small pool per county.
 */
final class Identities {
    private static final String[] SURNAMES = {"阿不都", "买买提", "艾力", "吐尔逊", "热合曼", "阿依古丽", "古丽娜", "努尔",
        "王", "李", "张", "刘", "陈", "杨", "马", "赵"};
    private static final String[] GIVEN = {"江", "尼亚孜", "艾买提", "帕提古丽", "建华", "秀英", "玉山", "木拉提", "海燕",
        "卡德尔", "明", "芳", "热依拉", "斯迪克", "国强", "丽"};
    private static final String[] TRADES = {"农业发展", "畜牧养殖", "林果", "建筑工程", "农民专业合作社", "纺织服装", "物流",
        "水利工程"};
    private final Map<String, Integer> backgroundPersons = new HashMap<>();
    private final Map<String, Integer> plantedPersons = new HashMap<>();
    private final SplittableRandom random;

    Identities(long seed) {
        random = new SplittableRandom(seed);
    }

    String backgroundPerson(String county) {
        int n = backgroundPersons.merge(county, 1, Integer::sum);
        return person(county, n, 100 + n % 900, n / 900);
    }

    String plantedPerson(String county) {
        int n = plantedPersons.merge(county, 1, Integer::sum);
        return person(county, n, n % 100, 30000 + n / 100);
    }

    private static String person(String county, int n, int sequence, int dayIndex) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(dayIndex % 22000);
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return ResidentIdentity.complete(first17);
    }

    /** The credit code of enterprise (kind 9 1) or unit (kind 1 2) number n of a county. */
    static String organisation(String county, boolean enterprise, int n) {
        String prefix = enterprise ? "91" : "12";
        StringBuilder organisationCode = new StringBuilder();
        int value = n * 7919 + county.hashCode() % 1000;
        for (int i = 0; i < 9; i++) {
            organisationCode.append(CreditCode.CODE_SET.charAt(Math.floorMod(value + i * 13, 31)));
            value = value / 3 + 17 * i;
        }
        return CreditCode.complete(prefix + county + organisationCode);
    }

    String personName() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    static String enterpriseName(String countyName, int n) {
        return countyName.substring(0, Math.min(2, countyName.length())) + TRADES[n % TRADES.length] + "有限公司"
                + (n >= TRADES.length ? "（" + (n / TRADES.length) + "）" : "");
    }

    static String unitName(String countyName, int n) {
        return countyName + "第" + (n + 1) + "村民委员会";
    }

    /** The bank account of a person: derived from the whole ID number, so no two persons share one. */
    static String personAccount(String personId) {
        return "6230" + personId.substring(0, 17);
    }

    static String organisationAccount(String county, boolean enterprise, int n) {
        return "1502" + county + (enterprise ? "1" : "2") + String.format("%05d", n);
    }
}
