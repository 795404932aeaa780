package org.comity.web.extradition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.web.TestClock;

/** Named request bodies for {@code POST /api/v1/extraditions}, as an agency would send them. */
public final class ExtraditionRequestBodies {

    private ExtraditionRequestBodies() {}

    /**
     * China asks Myanmar, under the example treaty, for a Chinese national to be prosecuted; the request
     * goes to the central authority the treaty designates.
     */
    public static Map<String, Object> aRequestFromChinaForAChineseNationalInMyanmar() {
        Map<String, Object> body = new HashMap<>();
        body.put("requestingState", "CN");
        body.put("requestedState", "MM");
        body.put("purpose", "PROSECUTION");
        body.put("urgency", "ORDINARY");
        body.put("channel", "DESIGNATED_AUTHORITY");
        body.put("legalBasisId", "EXAMPLE-CN-MM-TREATY");
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "张伟",
                        "nameInLatinScript",
                        "Zhang Wei",
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1990-05-17",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        body.put(
                "offences",
                List.of(Map.of(
                        "description",
                        "Telecom fraud through a call centre",
                        "provisionInRequestingLaw",
                        "Criminal Law of the PRC Art. 266",
                        "dateFrom",
                        "2025-06-01",
                        "dateTo",
                        "2025-12-31",
                        "place",
                        "Myawaddy, Kayin State",
                        "maximumPenalty",
                        Map.of("kind", "TERM", "months", 120))));
        body.put(
                "warrant",
                Map.of(
                        "issuingAuthority",
                        "Kunming Public Security Bureau",
                        "date",
                        "2026-02-10",
                        "reference",
                        "KM-2026-0042"));
        body.put(
                "undertakings",
                Map.of(
                        "speciality",
                        true,
                        "noReExtradition",
                        true,
                        "retrialIfInAbsentia",
                        false,
                        "reciprocity",
                        false,
                        "deathPenaltyAssurance",
                        false));
        body.put("requestDate", TestClock.todayInChina().toString());
        body.put("factsSummary", "Operated a call centre in Myawaddy that defrauded victims in China by telephone.");
        return body;
    }

    /**
     * Myanmar asks China, on reciprocity, for a Chinese national: China's law must refuse (NAT). Without
     * a treaty the request goes through the diplomatic channel.
     */
    public static Map<String, Object> aRequestFromMyanmarForAChineseNational() {
        Map<String, Object> body = aRequestFromChinaForAChineseNationalInMyanmar();
        body.put("requestingState", "MM");
        body.put("requestedState", "CN");
        body.put("legalBasisId", "CN-EXTRADITION-LAW-2000");
        body.put("channel", "DIPLOMATIC");
        body.put(
                "undertakings",
                Map.of(
                        "speciality",
                        true,
                        "noReExtradition",
                        true,
                        "retrialIfInAbsentia",
                        false,
                        "reciprocity",
                        true,
                        "deathPenaltyAssurance",
                        false));
        body.put(
                "warrant",
                Map.of(
                        "issuingAuthority",
                        "Myawaddy District Court",
                        "date",
                        "2026-02-10",
                        "reference",
                        "MWD-2026-0042"));
        body.put("factsSummary", "Operated a call centre in Myawaddy that defrauded victims by telephone.");
        body.put("requestDate", TestClock.todayInMyanmar().toString());
        return body;
    }

    /**
     * {@link #aRequestFromChinaForAChineseNationalInMyanmar()} for another person, so that a test's
     * cases do not match those of other tests (matching goes by name and date of birth).
     */
    public static Map<String, Object> aRequestFromChinaFor(String nameOriginal, String nameLatin, String dateOfBirth) {
        Map<String, Object> body = aRequestFromChinaForAChineseNationalInMyanmar();
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        nameOriginal,
                        "nameInLatinScript",
                        nameLatin,
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        dateOfBirth,
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        return body;
    }

    /**
     * China asks Myanmar to prosecute, with every field of the request filled with a value found
     * nowhere else, so that a test can find each one in the documents: aliases, an identity document,
     * both states' provisions, the warrant, every undertaking.
     */
    public static Map<String, Object> aProsecutionRequestWithEveryField() {
        Map<String, Object> body = aRequestFromChinaForAChineseNationalInMyanmar();
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "欧阳锦程",
                        "nameInLatinScript",
                        "Ouyang Jincheng",
                        "aliases",
                        List.of("锦哥", "Jimmy Ouyang"),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1987-09-23",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of(Map.of(
                                "type",
                                "PASSPORT",
                                "number",
                                "EJ4471902",
                                "issuingState",
                                "CN",
                                "expiry",
                                "2032-04-11"))));
        body.put(
                "offences",
                List.of(Map.of(
                        "description",
                        "Ran call floor 3 of the Shwe Kokko compound",
                        "provisionInRequestingLaw",
                        "PRC Criminal Law Art. 266 para. 1",
                        "provisionInRequestedLaw",
                        "Myanmar Penal Code s. 420",
                        "dateFrom",
                        "2025-04-02",
                        "dateTo",
                        "2025-11-28",
                        "place",
                        "Shwe Kokko, Myawaddy Township",
                        "maximumPenalty",
                        Map.of("kind", "TERM", "months", 144))));
        body.put(
                "warrant",
                Map.of(
                        "issuingAuthority",
                        "Xishuangbanna Prefecture PSB",
                        "date",
                        "2026-01-19",
                        "reference",
                        "XSBN-WJ-2026-0193"));
        body.put(
                "undertakings",
                Map.of(
                        "speciality",
                        true,
                        "noReExtradition",
                        true,
                        "retrialIfInAbsentia",
                        false,
                        "reciprocity",
                        false,
                        "deathPenaltyAssurance",
                        true));
        body.put(
                "factsSummary",
                "From April to November 2025 the person supervised forty scripted callers who "
                        + "posed as Shanghai customs officers and took CNY 9.6 million from 311 victims.");
        return body;
    }

    /**
     * China asks Myanmar to enforce a sentence: a final judgment given in absentia, with the retrial
     * undertaking it needs, and no warrant. Every field has a value found nowhere else.
     */
    public static Map<String, Object> anEnforcementRequestWithEveryField() {
        Map<String, Object> body = aProsecutionRequestWithEveryField();
        body.put("purpose", "ENFORCEMENT");
        body.remove("warrant");
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "司马青云",
                        "nameInLatinScript",
                        "Sima Qingyun",
                        "aliases",
                        List.of("云哥"),
                        "sex",
                        "FEMALE",
                        "dateOfBirth",
                        "1979-02-14",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of(Map.of(
                                "type",
                                "NATIONAL_IDENTITY_CARD",
                                "number",
                                "530102197902140027",
                                "issuingState",
                                "CN"))));
        body.put(
                "judgment",
                Map.of(
                        "court",
                        "Kunming Intermediate People's Court",
                        "date",
                        "2025-10-15",
                        "finalJudgment",
                        true,
                        "inAbsentia",
                        true,
                        "sentenceImposed",
                        Map.of("kind", "TERM", "months", 108),
                        "remainingSentence",
                        "P7Y4M"));
        body.put(
                "undertakings",
                Map.of(
                        "speciality",
                        true,
                        "noReExtradition",
                        false,
                        "retrialIfInAbsentia",
                        true,
                        "reciprocity",
                        false,
                        "deathPenaltyAssurance",
                        false));
        body.put(
                "factsSummary",
                "The person laundered the proceeds of the Laukkai call centres through "
                        + "forty-two bank cards rented from students in Lincang.");
        return body;
    }

    /** An assurance China gives as requesting state, given today in Beijing; add the kind's terms. */
    public static Map<String, Object> anAssurance(String kind) {
        return anAssurance("CN", kind);
    }

    /** An assurance the requesting state gives, dated today in that state; add the kind's terms. */
    public static Map<String, Object> anAssurance(String requestingState, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put(
                "terms",
                "The Government of the PRC assures that the person will not be sentenced beyond the terms "
                        + "stated and that the courts are bound.");
        body.put("givenOn", TestClock.today(requestingState).toString());
        return body;
    }

    /** A sentence imposed today in Beijing on a surrendered person; {@code months} for a TERM only. */
    public static Map<String, Object> aSentence(String kind, Integer months) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("months", months);
        body.put("court", "Kunming Intermediate People's Court");
        body.put("imposedOn", TestClock.todayInChina().toString());
        return body;
    }
}
