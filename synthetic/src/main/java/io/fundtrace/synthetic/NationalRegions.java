package io.fundtrace.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region tree of the national profile, for benchmarks only: the 31 provinces with their real
 * GB/T 2260 codes and names, Xinjiang's shipped prefectures and counties, and for every other
 * province synthetic prefectures and counties (codes in the province's range, names that say they are
 * synthetic) up to about 2,800 counties. 832 counties are poverty counties and 334 of them deep-poverty
 * counties, as nationally: Xinjiang's shipped flags, the rest spread evenly over the synthetic counties.
 */
final class NationalRegions {
    static final int COUNTIES = 2_800;
    static final int POVERTY_COUNTIES = 832;
    static final int DEEP_POVERTY_COUNTIES = 334;
    private static final int PREFECTURES_PER_PROVINCE = 10;
    private static final String XINJIANG = "650000";
    private static final String[][] PROVINCES = {
        {"110000", "北京市"}, {"120000", "天津市"}, {"130000", "河北省"}, {"140000", "山西省"}, {"150000", "内蒙古自治区"},
        {"210000", "辽宁省"}, {"220000", "吉林省"}, {"230000", "黑龙江省"}, {"310000", "上海市"}, {"320000", "江苏省"},
        {"330000", "浙江省"}, {"340000", "安徽省"}, {"350000", "福建省"}, {"360000", "江西省"}, {"370000", "山东省"},
        {"410000", "河南省"}, {"420000", "湖北省"}, {"430000", "湖南省"}, {"440000", "广东省"}, {"450000", "广西壮族自治区"},
        {"460000", "海南省"}, {"500000", "重庆市"}, {"510000", "四川省"}, {"520000", "贵州省"}, {"530000", "云南省"},
        {"540000", "西藏自治区"}, {"610000", "陕西省"}, {"620000", "甘肃省"}, {"630000", "青海省"}, {"640000", "宁夏回族自治区"},
        {"650000", "新疆维吾尔自治区"}};

    final List<ReferenceData.Region> regions = new ArrayList<>();
    final Set<String> povertyCounties = new LinkedHashSet<>();
    final Set<String> deepPovertyCounties = new LinkedHashSet<>();

    NationalRegions() {
        List<Map<String, String>> xinjiang = CsvLines.readResource("/ingest/reference/regions.csv");
        for (Map<String, String> row : CsvLines.readResource("/ingest/reference/poverty_status.csv")) {
            povertyCounties.add(row.get("region_code"));
            if (row.get("status").equals("deep_poverty")) {
                deepPovertyCounties.add(row.get("region_code"));
            }
        }
        long xinjiangCounties = xinjiang.stream().filter(row -> row.get("level").equals("county")).count();
        int synthetic = COUNTIES - (int) xinjiangCounties;
        List<ReferenceData.Region> syntheticCounties = new ArrayList<>();
        regions.add(new ReferenceData.Region("100000", "中央", "central", ""));
        int otherProvinces = PROVINCES.length - 1;
        int provinceIndex = 0;
        for (String[] province : PROVINCES) {
            if (province[0].equals(XINJIANG)) {
                xinjiang.stream().filter(row -> !row.get("level").equals("central")).forEach(row -> regions.add(
                        new ReferenceData.Region(row.get("region_code"), row.get("name"), row.get("level"), row.get("parent_code"))));
                continue;
            }
            regions.add(new ReferenceData.Region(province[0], province[1], "province", "100000"));
            // Spread the synthetic counties so the first provinces take the remainder, one each.
            int counties = synthetic / otherProvinces + (provinceIndex < synthetic % otherProvinces ? 1 : 0);
            addSyntheticPrefectures(province, counties, syntheticCounties);
            provinceIndex++;
        }
        flagEvenly(syntheticCounties, POVERTY_COUNTIES - povertyCounties.size(), DEEP_POVERTY_COUNTIES - deepPovertyCounties.size());
    }

    private void addSyntheticPrefectures(String[] province, int counties, List<ReferenceData.Region> syntheticCounties) {
        String prefix = province[0].substring(0, 2);
        for (int p = 1; p <= PREFECTURES_PER_PROVINCE; p++) {
            String prefecture = prefix + String.format("%02d", p) + "00";
            regions.add(new ReferenceData.Region(prefecture, province[1] + "合成地区" + p, "prefecture", province[0]));
            int here = counties / PREFECTURES_PER_PROVINCE + (p <= counties % PREFECTURES_PER_PROVINCE ? 1 : 0);
            for (int c = 1; c <= here; c++) {
                String code = prefecture.substring(0, 4) + String.format("%02d", c);
                ReferenceData.Region county = new ReferenceData.Region(code, province[1] + "合成县" + code, "county", prefecture);
                regions.add(county);
                syntheticCounties.add(county);
            }
        }
    }

    /** Marks poverty counties at even steps through the list, and deep ones at even steps through those. */
    private void flagEvenly(List<ReferenceData.Region> counties, int poverty, int deep) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < counties.size(); i++) {
            if ((long) (i + 1) * poverty / counties.size() > (long) i * poverty / counties.size()) {
                chosen.add(counties.get(i).code());
            }
        }
        povertyCounties.addAll(chosen);
        for (int i = 0; i < chosen.size(); i++) {
            if ((long) (i + 1) * deep / chosen.size() > (long) i * deep / chosen.size()) {
                deepPovertyCounties.add(chosen.get(i));
            }
        }
    }
}
