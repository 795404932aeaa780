package org.comity.web.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.web.TestClock;

/**
 * What an officer types into each step of the extradition wizard for a valid request: China asks
 * Myanmar to surrender a Chinese national for prosecution (the same request as
 * {@code ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar}).
 */
final class WizardSteps {

    private WizardSteps() {}

    static Map<String, String> route() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("requestedState", "MM");
        values.put("legalBasisId", "EXAMPLE-CN-MM-TREATY");
        values.put("purpose", "PROSECUTION");
        values.put("urgency", "ORDINARY");
        values.put("channel", "DIPLOMATIC");
        values.put("requestDate", TestClock.todayInChina().toString());
        return values;
    }

    static Map<String, String> person() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person.nameInOriginalScript", "张伟");
        values.put("person.nameInLatinScript", "Zhang Wei");
        values.put("person.sex", "MALE");
        values.put("person.dateOfBirth", "1990-05-17");
        values.put("person.nationalities[0]", "CN");
        return values;
    }

    static Map<String, String> offences() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("offences[0].description", "Telecom fraud through a call centre");
        values.put("offences[0].provisionInRequestingLaw", "Criminal Law of the PRC Art. 266");
        values.put("offences[0].dateFrom", "2025-06-01");
        values.put("offences[0].dateTo", "2025-12-31");
        values.put("offences[0].place", "Myawaddy, Kayin State");
        values.put("offences[0].maximumPenalty.kind", "TERM");
        values.put("offences[0].maximumPenalty.months", "120");
        values.put("factsSummary", "Operated a call centre in Myawaddy that defrauded victims in China by telephone.");
        return values;
    }

    static Map<String, String> warrant() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("warrant.issuingAuthority", "Kunming Public Security Bureau");
        values.put("warrant.date", "2026-02-10");
        values.put("warrant.reference", "KM-2026-0042");
        return values;
    }

    static Map<String, String> undertakings() {
        return Map.of("undertakings.speciality", "true", "undertakings.noReExtradition", "true");
    }
}
