package org.comity.core.jurisdiction;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The two states of the tests (China in Asia/Shanghai, Myanmar in Asia/Yangon), as a deployment configures them. */
public final class TestJurisdictions {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final ZoneId YANGON = ZoneId.of("Asia/Yangon");

    private TestJurisdictions() {}

    public static JurisdictionRegistry chinaAndMyanmar() {
        return new JurisdictionRegistry(List.of(
                new Jurisdiction("CN", "People's Republic of China", "中华人民共和国", SHANGHAI, List.of("zh-Hans", "en")),
                new Jurisdiction("MM", "Republic of the Union of Myanmar", null, YANGON, List.of("my", "en"))));
    }

    /** "Today" in China and Myanmar on {@code clock}. */
    public static JurisdictionClock on(Clock clock) {
        return new JurisdictionClock(clock, chinaAndMyanmar());
    }
}
