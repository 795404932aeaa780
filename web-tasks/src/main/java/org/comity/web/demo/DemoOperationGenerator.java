package org.comity.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;

/**
 * The seed scenario as data: a six-month joint operation of the Myanmar Police Force (holding
 * state) and China's Ministry of Public Security (receiving state) that raided 18 call centres in 5
 * regions, with generated detainees. Deterministic per seed: plausible Chinese names in 汉字 with
 * pinyin, dates of birth, and a passport for about two in three. Document numbers and dates of
 * birth are unique per seed (and across seeds below 5,000), so generated batches never collide.
 */
public final class DemoOperationGenerator {

    public static final int SEED_PERSONS = 1_523;
    public static final LocalDate START = LocalDate.of(2025, 6, 1);
    public static final LocalDate END = LocalDate.of(2025, 12, 1);

    static final String[][] REGIONS = {
        {"Laukkaing", "Laukkaing Park A", "Laukkaing Park B", "Laukkaing Park C", "Laukkaing Park D"},
        {"Muse", "Muse Trade Zone 105", "Muse Riverside Compound", "Muse Hotel Block", "Muse Border Gate Office"},
        {"Myawaddy", "KK Park", "Shwe Kokko Block 7", "Myawaddy Compound 3", "Myawaddy Compound 9"},
        {"Tachileik", "Tachileik Casino Annex", "Tachileik Golden Triangle Hub", "Tachileik Riverside Block"},
        {"Tangyan", "Tangyan Compound North", "Tangyan Compound South", "Tangyan Mine Road Compound"}
    };

    private static final String[][] FAMILY = {
        {"王", "WANG"},
        {"李", "LI"},
        {"张", "ZHANG"},
        {"刘", "LIU"},
        {"陈", "CHEN"},
        {"杨", "YANG"},
        {"黄", "HUANG"},
        {"赵", "ZHAO"},
        {"吴", "WU"},
        {"周", "ZHOU"},
        {"徐", "XU"},
        {"孙", "SUN"},
        {"马", "MA"},
        {"朱", "ZHU"},
        {"胡", "HU"},
        {"郭", "GUO"},
        {"何", "HE"},
        {"高", "GAO"},
        {"林", "LIN"},
        {"罗", "LUO"},
        {"郑", "ZHENG"},
        {"梁", "LIANG"},
        {"谢", "XIE"},
        {"宋", "SONG"},
        {"唐", "TANG"},
        {"许", "XU"},
        {"韩", "HAN"},
        {"冯", "FENG"},
        {"邓", "DENG"},
        {"曹", "CAO"}
    };
    private static final String[][] GIVEN = {
        {"伟", "Wei"},
        {"芳", "Fang"},
        {"娜", "Na"},
        {"敏", "Min"},
        {"静", "Jing"},
        {"强", "Qiang"},
        {"磊", "Lei"},
        {"军", "Jun"},
        {"洋", "Yang"},
        {"勇", "Yong"},
        {"杰", "Jie"},
        {"涛", "Tao"},
        {"明", "Ming"},
        {"超", "Chao"},
        {"秀", "Xiu"},
        {"霞", "Xia"},
        {"平", "Ping"},
        {"刚", "Gang"},
        {"辉", "Hui"},
        {"鹏", "Peng"},
        {"华", "Hua"},
        {"飞", "Fei"},
        {"鑫", "Xin"},
        {"宇", "Yu"},
        {"浩", "Hao"},
        {"凯", "Kai"},
        {"健", "Jian"},
        {"俊", "Jun"},
        {"帆", "Fan"},
        {"晨", "Chen"},
        {"小", "Xiao"},
        {"建", "Jian"},
        {"国", "Guo"},
        {"志", "Zhi"},
        {"海", "Hai"},
        {"文", "Wen"},
        {"红", "Hong"},
        {"丽", "Li"},
        {"兰", "Lan"},
        {"东", "Dong"}
    };

    private DemoOperationGenerator() {}

    /** The seed operation's header (no persons). */
    public static OperationInput operation(String name) {
        List<String> regions = new ArrayList<>();
        List<OperationInput.CallCentreInput> centres = new ArrayList<>();
        for (String[] region : REGIONS) {
            regions.add(region[0]);
            for (int i = 1; i < region.length; i++) {
                centres.add(new OperationInput.CallCentreInput(region[i], region[0]));
            }
        }
        return new OperationInput(name, "MM", "CN", regions, centres, START, END, List.of());
    }

    public static List<String> callCentres() {
        return operation("x").callCentres().stream()
                .map(OperationInput.CallCentreInput::name)
                .toList();
    }

    /** {@code count} detainees for the given seed (0 to 4,999). */
    public static List<PersonInput> persons(int seed, int count) {
        Random random = new Random(seed);
        List<String> centres = callCentres();
        List<PersonInput> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            String[] first = GIVEN[random.nextInt(GIVEN.length)];
            String[] second = random.nextInt(3) == 0 ? new String[] {"", ""} : GIVEN[random.nextInt(GIVEN.length)];
            String given = first[1] + second[1].toLowerCase();
            boolean male = random.nextInt(4) != 0;
            LocalDate dob = LocalDate.of(1966, 1, 1).plusDays(Math.floorMod(seed * 7_919L + i * 3L, 14_600));
            List<PersonInput.DocumentInput> documents = random.nextInt(3) == 0
                    ? List.of()
                    : List.of(new PersonInput.DocumentInput(
                            "PASSPORT",
                            String.format("E%08d", seed * 20_000 + i),
                            START.plusYears(1 + random.nextInt(8)).toString()));
            persons.add(new PersonInput(
                    family[0] + first[0] + second[0],
                    family[1] + " " + given,
                    male ? "MALE" : "FEMALE",
                    dob.toString(),
                    "CN",
                    documents,
                    centres.get(i % centres.size()),
                    "SUSPECT"));
        }
        return persons;
    }
}
