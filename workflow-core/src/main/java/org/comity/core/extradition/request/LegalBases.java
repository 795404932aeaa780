package org.comity.core.extradition.request;

import static java.time.Period.ofDays;
import static java.time.Period.ofMonths;
import static java.time.Period.ofYears;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comity.core.text.MultilingualText;

/**
 * The legal bases Comity ships with. Values follow {@code reference/legal-domain.md}; the
 * bilateral treaty is an <strong>example configuration</strong>: no China–Myanmar extradition
 * treaty is known (§2.1), it exists so that treaty paths can be run and tested.
 */
public final class LegalBases {

    /** Id of {@link #CN_EXTRADITION_LAW_2000}. */
    public static final String CN_EXTRADITION_LAW_2000_ID = "CN-EXTRADITION-LAW-2000";

    /** Id of {@link #UN_MODEL_TREATY_1990}. */
    public static final String UN_MODEL_TREATY_1990_ID = "UN-MODEL-TREATY-1990";

    /** Id of {@link #EXAMPLE_BILATERAL_TREATY}. */
    public static final String EXAMPLE_BILATERAL_TREATY_ID = "EXAMPLE-CN-MM-TREATY";

    /**
     * China's Extradition Law of 28 December 2000 applied without a treaty, on reciprocity
     * (S10 Art. 3, Art. 15). Provisional arrest: formal request within 30 days, extendable once by
     * 15 days at the requesting state's request (Art. 31 paras. 2–3). Supplementary material within
     * 30 days, extendable once by 15 days, else the case is terminated (Art. 18). Surrender: taken
     * over within 15 days of the agreed date, else deemed abandoned; up to 30 more days for causes
     * beyond the requesting state's control (Art. 40). Thresholds: maximum penalty of at least one
     * year in both laws for prosecution, at least six months still to serve at the request date for
     * enforcement (Art. 7). Without a treaty a formal request reaches China only through the
     * diplomatic channel (Arts. 4, 10). Speciality ends for a person who stays more than 30 days
     * after final discharge (Art. 14(1)).
     */
    public static final LegalBasis CN_EXTRADITION_LAW_2000 = new LegalBasis(
            CN_EXTRADITION_LAW_2000_ID,
            LegalBasisKind.STATUTE_RECIPROCITY,
            MultilingualText.pairs(
                    "en",
                    "Extradition Law of the People's Republic of China (2000), applied on reciprocity",
                    "zh-Hans",
                    "中华人民共和国引渡法（2000年，依互惠原则适用）"),
            Set.of("CN"),
            LocalDate.of(2000, 12, 28),
            ExtendableWindow.of(ofDays(30), ofDays(15)),
            Optional.of(ExtendableWindow.of(ofDays(30), ofDays(15))),
            Optional.of(ExtendableWindow.of(ofDays(15), ofDays(30))),
            ofYears(1),
            ofMonths(6),
            false,
            ofDays(30));

    /**
     * The UN Model Treaty on Extradition (GA res. 45/116, amended by 52/88) with the lower of its
     * bracketed values, for treaties modelled on it (S1). Provisional arrest: release after 40 days
     * without extension (Art. 9). Additional information: within a reasonable time set by the
     * requested state (Art. 8), so no fixed window. Surrender: within a reasonable period set by
     * the requested state (Art. 11), so no fixed window. Thresholds: one year maximum penalty,
     * six months remaining (Art. 2(1); brackets [one/two] years and [four/six] months). A request
     * goes through the diplomatic channel or directly between ministries of justice or other
     * designated authorities (Art. 5(1)); speciality ends 30 days after discharge (Art. 14, bracket
     * [30/45]).
     */
    public static final LegalBasis UN_MODEL_TREATY_1990 = new LegalBasis(
            UN_MODEL_TREATY_1990_ID,
            LegalBasisKind.TREATY,
            MultilingualText.pairs(
                    "en", "UN Model Treaty on Extradition (1990), default values", "zh-Hans", "联合国引渡示范条约（1990年），默认值"),
            Set.of(),
            LocalDate.of(1990, 12, 14),
            ExtendableWindow.of(ofDays(40)),
            Optional.empty(),
            Optional.empty(),
            ofYears(1),
            ofMonths(6),
            true,
            ofDays(30));

    /**
     * <strong>Example configuration, not a real instrument</strong>: a bilateral treaty between
     * CN and MM with its own values, in force from 1 January 2026, to exercise treaty paths
     * (no reciprocity undertaking, a different provisional-arrest window). Provisional arrest 60
     * days without extension (as in the US–India treaty cited in §2.5); supplementary information
     * 45 days plus 15 once; surrender within 30 days of the agreed date plus 15 once; requests may
     * go directly to each party's designated central authority; speciality ends 30 days after
     * discharge (as in the China–Thailand treaty, S18 Art. 13).
     */
    public static final LegalBasis EXAMPLE_BILATERAL_TREATY = new LegalBasis(
            EXAMPLE_BILATERAL_TREATY_ID,
            LegalBasisKind.TREATY,
            MultilingualText.pairs(
                    "en",
                    "Example CN–MM extradition treaty (illustrative configuration, not a real treaty)",
                    "zh-Hans",
                    "中缅引渡条约示例（示例配置，并非真实条约）"),
            Set.of("CN", "MM"),
            LocalDate.of(2026, 1, 1),
            ExtendableWindow.of(ofDays(60)),
            Optional.of(ExtendableWindow.of(ofDays(45), ofDays(15))),
            Optional.of(ExtendableWindow.of(ofDays(30), ofDays(15))),
            ofYears(1),
            ofMonths(6),
            true,
            ofDays(30));

    /** Every legal basis Comity ships with. */
    public static final List<LegalBasis> ALL =
            List.of(CN_EXTRADITION_LAW_2000, UN_MODEL_TREATY_1990, EXAMPLE_BILATERAL_TREATY);

    private LegalBases() {}
}
