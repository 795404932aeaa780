package org.comity.web.mla;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.web.TestClock;

/** Named request bodies for {@code POST /api/v1/mla-requests}, as an agency would send them. */
public final class MlaRequestBodies {

    private MlaRequestBodies() {}

    /** China asks Myanmar under UNTOC for the bank and telecom records of a call centre in Myawaddy. */
    public static Map<String, Object> aRequestFromChinaForBankAndTelecomRecords() {
        Map<String, Object> body = new HashMap<>();
        body.put("requestingState", "CN");
        body.put("requestedState", "MM");
        body.put(
                "requestingAuthority",
                Map.of(
                        "name",
                        "Kunming Public Security Bureau",
                        "contactName",
                        "Li Ming",
                        "contactEmail",
                        "li.ming@example.cn",
                        "contactPhone",
                        "+86 871 1234 5678"));
        body.put("legalBasisId", "UNTOC-2000");
        body.put("reciprocityUndertaking", false);
        body.put("proceedingType", "INVESTIGATION");
        body.put("caseReference", "KM-2026-0042");
        body.put("assistanceTypes", List.of("BANK_RECORDS", "TELECOM_RECORDS"));
        body.put(
                "factsSummary",
                "A call centre in Myawaddy defrauded 214 victims in China of CNY 18 million by telephone.");
        body.put(
                "offences",
                List.of(Map.of(
                        "description",
                        "Defrauding victims in China by telephone from a call centre",
                        "legalProvision",
                        "Criminal Law of the PRC, Art. 266",
                        "maximumPenalty",
                        Map.of("kind", "TERM", "months", 120))));
        body.put(
                "personsConcerned",
                List.of(Map.of(
                        "nameInOriginalScript",
                        "张伟",
                        "nameInLatinScript",
                        "Zhang Wei",
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1990-05-17",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of(Map.of("type", "PASSPORT", "number", "E12345678", "issuingState", "CN")),
                        "role",
                        "SUSPECT",
                        "location",
                        "Myawaddy, Kayin State")));
        body.put(
                "assistanceSought",
                "Statements of account 0012-3344-55 at KBZ Bank, Myawaddy branch, for 2025; "
                        + "subscriber data and call origins of +95 9 123 456 789.");
        body.put("purpose", "To trace the proceeds and prove who made the calls");
        body.put("relevance", "The account received the victims' transfers and the number made the calls");
        body.put("deadline", TestClock.todayInChina().plusDays(60).toString());
        body.put("urgencyReason", "The suspects' detention ends in three months");
        body.put("confidential", false);
        body.put("language", "zh");
        body.put("translations", List.of("en"));
        return body;
    }

    /** The same request, to be kept confidential: the suspects must not learn of it. */
    public static Map<String, Object> aConfidentialRequestFromChina() {
        Map<String, Object> body = aRequestFromChinaForBankAndTelecomRecords();
        body.put("confidential", true);
        body.put("confidentialityReasons", "Accomplices at large would destroy evidence if warned");
        return body;
    }

    /**
     * China asks Myanmar, in confidence, for records and the service of a summons, with every field of
     * the request filled with a value found nowhere else, so that a test can find each one in the
     * letter of request: two persons with identity documents and locations, a particular procedure,
     * a summons, the reason for urgency and for confidentiality, the languages.
     */
    public static Map<String, Object> aConfidentialRequestWithEveryField() {
        Map<String, Object> body = aRequestFromChinaForBankAndTelecomRecords();
        body.put(
                "requestingAuthority",
                Map.of(
                        "name",
                        "Lincang Municipal Public Security Bureau",
                        "contactName",
                        "Chen Haoyu",
                        "contactEmail",
                        "chen.haoyu@example.cn",
                        "contactPhone",
                        "+86 883 214 7700"));
        body.put("proceedingType", "PROSECUTION");
        body.put("caseReference", "LC-2026-0388");
        body.put("reciprocityUndertaking", true);
        body.put("assistanceTypes", List.of("BANK_RECORDS", "LOCATE_PERSON", "SERVICE_OF_DOCUMENTS"));
        body.put(
                "factsSummary",
                "Couriers carried cash from the Laukkai compounds across the Chinshwehaw gate "
                        + "and paid it into accounts opened with forged Myanmar identity cards.");
        body.put(
                "offences",
                List.of(Map.of(
                        "description",
                        "Moving fraud proceeds across the border in cash",
                        "legalProvision",
                        "PRC Criminal Law Art. 191",
                        "maximumPenalty",
                        Map.of("kind", "TERM", "months", 120))));
        body.put(
                "personsConcerned",
                List.of(
                        Map.of(
                                "nameInOriginalScript",
                                "诸葛明轩",
                                "nameInLatinScript",
                                "Zhuge Mingxuan",
                                "sex",
                                "MALE",
                                "dateOfBirth",
                                "1984-06-09",
                                "nationalities",
                                List.of("CN"),
                                "identityDocuments",
                                List.of(Map.of(
                                        "type",
                                        "PASSPORT",
                                        "number",
                                        "EK3390215",
                                        "issuingState",
                                        "CN",
                                        "expiry",
                                        "2030-12-31")),
                                "role",
                                "ACCOUNT_HOLDER",
                                "location",
                                "Laukkai, Kokang Self-Administered Zone"),
                        Map.of(
                                "nameInLatinScript",
                                "Nang Hseng",
                                "sex",
                                "FEMALE",
                                "nationalities",
                                List.of("MM"),
                                "identityDocuments",
                                List.of(Map.of(
                                        "type",
                                        "NATIONAL_IDENTITY_CARD",
                                        "number",
                                        "13-LAKANA-N-004417",
                                        "issuingState",
                                        "MM")),
                                "role",
                                "WITNESS",
                                "location",
                                "Chinshwehaw border town")));
        body.put(
                "assistanceSought",
                "Statements of accounts 7701-22 and 7701-39 at AYA Bank, Laukkai branch, for "
                        + "2025, and the present address of the account holder.");
        body.put("particularProcedure", "Certified copies under the bank's seal");
        body.put("purpose", "To prove the cash deposits came from the fraud");
        body.put("relevance", "The deposits match the victims' losses day by day");
        body.put("deadline", TestClock.todayInChina().plusDays(75).toString());
        body.put("urgencyReason", "Trial opens in Lincang in four months");
        body.put("confidential", true);
        body.put("confidentialityReasons", "The courier network would move the cash if warned");
        body.put(
                "summons",
                Map.of(
                        "addressee",
                        2,
                        "capacity",
                        "WITNESS",
                        "court",
                        "Lincang Intermediate People's Court",
                        "hearingDate",
                        TestClock.todayInChina().plusMonths(5).toString()));
        body.put("directCollectionByRequestingOfficials", true);
        body.put("language", "zh");
        body.put("translations", List.of("en", "my"));
        return body;
    }

    /** Myanmar asks China under UNTOC to hear a witness; in English with a Chinese translation. */
    public static Map<String, Object> aRequestFromMyanmarToHearAWitness() {
        Map<String, Object> body = aRequestFromChinaForBankAndTelecomRecords();
        body.put("requestingState", "MM");
        body.put("requestedState", "CN");
        body.put(
                "requestingAuthority",
                Map.of(
                        "name",
                        "Myanmar Police Force, Transnational Crime Department",
                        "contactName",
                        "Aung Min",
                        "contactEmail",
                        "aung.min@example.mm"));
        body.put("caseReference", "MPF-TCD-2026-117");
        body.put("assistanceTypes", List.of("WITNESS_STATEMENT"));
        body.put(
                "personsConcerned",
                List.of(Map.of(
                        "nameInOriginalScript",
                        "李娜",
                        "nameInLatinScript",
                        "Li Na",
                        "sex",
                        "FEMALE",
                        "nationalities",
                        List.of("CN"),
                        "role",
                        "WITNESS",
                        "location",
                        "Kunming")));
        body.put("assistanceSought", "Hear Li Na on the recruitment of call-centre workers in Kunming in 2025.");
        body.put("language", "en");
        body.put("translations", List.of("zh-Hans"));
        return body;
    }

    /** China asks Myanmar only to serve a summons on a witness: no summary of facts. */
    public static Map<String, Object> aRequestToServeASummonsOnly() {
        Map<String, Object> body = aRequestFromChinaForBankAndTelecomRecords();
        body.put("assistanceTypes", List.of("SERVICE_OF_DOCUMENTS"));
        body.remove("factsSummary");
        body.put(
                "summons",
                Map.of(
                        "addressee",
                        1,
                        "capacity",
                        "WITNESS",
                        "court",
                        "Kunming Intermediate People's Court",
                        "hearingDate",
                        TestClock.todayInChina().plusMonths(4).toString()));
        return body;
    }
}
