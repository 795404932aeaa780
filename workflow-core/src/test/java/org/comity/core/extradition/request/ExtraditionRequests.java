package org.comity.core.extradition.request;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.comity.core.law.Penalty;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.person.Sex;

/** Named, valid extradition requests and parts of them, for tests. */
public final class ExtraditionRequests {

    /** Request date of the fixtures; tests validate them against a clock on this date. */
    public static final LocalDate REQUEST_DATE = LocalDate.of(2026, 3, 2);

    private ExtraditionRequests() {}

    /**
     * Myanmar asks China, without a treaty, to extradite a Chinese national for prosecution of a
     * telecom fraud committed in Myawaddy. Valid as a request; the table will raise NAT.
     */
    public static ExtraditionRequest aRequestFromMyanmarForAChineseNational() {
        return new ExtraditionRequest(
                "MM",
                "CN",
                Purpose.PROSECUTION,
                Urgency.ORDINARY,
                Channel.DIPLOMATIC,
                LegalBases.CN_EXTRADITION_LAW_2000_ID,
                aChineseNational(),
                List.of(aTelecomFraud()),
                aWarrant(),
                null,
                new Undertakings(true, true, false, true, false),
                REQUEST_DATE,
                "Operated a call centre in Myawaddy that defrauded victims by telephone.");
    }

    /**
     * China asks Myanmar, under the example treaty, to extradite a Myanmar national to serve the
     * rest of a final sentence of three years (two years left).
     */
    public static ExtraditionRequest aRequestFromChinaForAMyanmarNationalToServeASentence() {
        return new ExtraditionRequest(
                "CN",
                "MM",
                Purpose.ENFORCEMENT,
                Urgency.ORDINARY,
                Channel.DESIGNATED_AUTHORITY,
                LegalBases.EXAMPLE_BILATERAL_TREATY_ID,
                aMyanmarNational(),
                List.of(aTelecomFraud()),
                null,
                aFinalJudgmentWithTwoYearsLeft(),
                new Undertakings(true, true, false, false, false),
                REQUEST_DATE,
                "Convicted of fraud by the Kunming Intermediate People's Court; escaped.");
    }

    public static Person aChineseNational() {
        return new Person(
                "张伟",
                "Zhang Wei",
                List.of("Zhang Xiaowei"),
                Sex.MALE,
                LocalDate.of(1990, 5, 17),
                List.of("CN"),
                List.of(new IdentityDocument(
                        IdentityDocumentType.PASSPORT, "EA1234567", "CN", LocalDate.of(2030, 1, 1))));
    }

    public static Person aMyanmarNational() {
        return new Person(
                "အောင်ကျော်",
                "Aung Kyaw",
                List.of(),
                Sex.MALE,
                LocalDate.of(1988, 11, 2),
                List.of("MM"),
                List.of(new IdentityDocument(
                        IdentityDocumentType.NATIONAL_IDENTITY_CARD, "12/OUKAMA(N)123456", "MM", null)));
    }

    public static Offence aTelecomFraud() {
        return new Offence(
                "Telecom fraud through a call centre",
                "Penal Code s. 420",
                "Criminal Law of the PRC Art. 266",
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 31),
                "Myawaddy, Kayin State",
                Penalty.months(84));
    }

    public static Warrant aWarrant() {
        return new Warrant("Myawaddy District Court", LocalDate.of(2026, 2, 10), "MWD-2026-0042");
    }

    public static Judgment aFinalJudgmentWithTwoYearsLeft() {
        return new Judgment(
                "Kunming Intermediate People's Court",
                LocalDate.of(2025, 9, 1),
                true,
                false,
                Penalty.months(36),
                Period.ofYears(2));
    }
}
