package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;

/**
 * The one text rule seen from an agency: names in any script the documents can print (Latin,
 * Chinese, Burmese, and since their fonts are embedded Arabic and Thai) are accepted and stored in
 * NFC; a script they cannot print (Hebrew) is refused at intake with the field and the rule named,
 * instead of failing the document job later (issue #14).
 */
class TextRuleIT extends WebIT {

    @Test
    void storesNamesInNfcIncludingArabicAndThaiAndRefusesAScriptNoDocumentCanPrint() {
        TestApi agency = withToken("demo-mm-mpf");
        String operationId =
                RepatriationFixtures.open(agency, RepatriationFixtures.theSeedOperation("Text rule", List.of()));
        String centre = DemoOperationGenerator.callCentres().get(0);
        PersonInput decomposed = new PersonInput(
                "阮文英", "NGUYE\u0302\u0303N Van Anh", "MALE", "1988-08-08", "VN", List.of(), centre, "SUSPECT");
        PersonInput burmese = new PersonInput(
                "မောင်မောင်",
                "MAUNG Maung",
                "MALE",
                LocalDate.of(1992, 2, 2).toString(),
                "MM",
                List.of(),
                centre,
                "SUSPECT");
        PersonInput arabic =
                new PersonInput("محمد علي", "MUHAMMAD Ali", "MALE", "1985-05-05", "PK", List.of(), centre, "SUSPECT");
        PersonInput thai = new PersonInput(
                "สมชาย ใจดี", "SOMCHAI Jaidee", "MALE", "1987-07-07", "TH", List.of(), centre, "SUSPECT");
        PersonInput hebrew =
                new PersonInput("דוד כהן", "COHEN David", "MALE", "1985-05-05", "IL", List.of(), centre, "SUSPECT");

        TestApi.Response refused = agency.post("/api/v1/repatriations/" + operationId + "/persons", List.of(hebrew));
        TestApi.Response added = agency.post(
                "/api/v1/repatriations/" + operationId + "/persons", List.of(decomposed, burmese, arabic, thai));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("persons[0].nameOriginal");
        assertThat(refused.json().path("errors").get(0).path("rule").asText()).isEqualTo("Script");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .contains("U+05D3");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var persons = as("mm.officer")
                .get("/api/v1/repatriations/" + operationId + "/persons")
                .json();
        assertThat(persons.findValuesAsText("nameLatin"))
                .containsExactlyInAnyOrder("NGUY\u1EC4N Van Anh", "MAUNG Maung", "MUHAMMAD Ali", "SOMCHAI Jaidee");
        assertThat(persons.findValuesAsText("nameOriginal")).contains("محمد علي", "สมชาย ใจดี");
    }

    @Test
    void namesTheControlCharacterInAFreeTextFieldWithoutEchoingIt() {
        TestApi.Response refused = withToken("demo-cn-mps")
                .post("/api/v1/extraditions", withFacts("Defrauded victims\u0007 by telephone."));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").toString())
                .contains("\"field\":\"factsSummary\"")
                .contains("\"rule\":\"ControlCharacter\"")
                .contains("U+0007")
                .doesNotContain("Defrauded");
    }

    private static java.util.Map<String, Object> withFacts(String facts) {
        var body = org.comity.web.extradition.ExtraditionRequestBodies.aRequestFromChinaFor(
                "公孙策", "Gongsun Ce", "1980-10-10");
        body.put("factsSummary", facts);
        return body;
    }
}
