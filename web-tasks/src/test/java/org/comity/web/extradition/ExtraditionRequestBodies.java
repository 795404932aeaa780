package org.comity.web.extradition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.web.TestClock;

/** Named request bodies for {@code POST /api/v1/extraditions}, as an agency would send them. */
public final class ExtraditionRequestBodies {

    private ExtraditionRequestBodies() {
    }

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
        body.put("person", Map.of("nameInOriginalScript", "张伟", "nameInLatinScript", "Zhang Wei",
                "aliases", List.of(), "sex", "MALE", "dateOfBirth", "1990-05-17", "nationalities", List.of("CN"),
                "identityDocuments", List.of()));
        body.put("offences", List.of(Map.of("description", "Telecom fraud through a call centre",
                "provisionInRequestingLaw", "Criminal Law of the PRC Art. 266", "dateFrom", "2025-06-01",
                "dateTo", "2025-12-31", "place", "Myawaddy, Kayin State",
                "maximumPenalty", Map.of("kind", "TERM", "months", 120))));
        body.put("warrant", Map.of("issuingAuthority", "Kunming Public Security Bureau", "date", "2026-02-10",
                "reference", "KM-2026-0042"));
        body.put("undertakings", Map.of("speciality", true, "noReExtradition", true, "retrialIfInAbsentia", false,
                "reciprocity", false, "deathPenaltyAssurance", false));
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
        body.put("undertakings", Map.of("speciality", true, "noReExtradition", true, "retrialIfInAbsentia", false,
                "reciprocity", true, "deathPenaltyAssurance", false));
        body.put("warrant", Map.of("issuingAuthority", "Myawaddy District Court", "date", "2026-02-10",
                "reference", "MWD-2026-0042"));
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
        body.put("person", Map.of("nameInOriginalScript", nameOriginal, "nameInLatinScript", nameLatin,
                "aliases", List.of(), "sex", "MALE", "dateOfBirth", dateOfBirth, "nationalities", List.of("CN"),
                "identityDocuments", List.of()));
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
        body.put("terms", "The Government of the PRC assures that the person will not be sentenced beyond the terms "
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
