package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.open;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Burmese typed in the Zawgyi encoding (issue #19 item 3): a CSV intake of 1,523 persons in which
 * 10 names were typed in Zawgyi stores exactly those 10 in Unicode, names them in the answer's
 * {@code Comity-Text-Converted} header and keeps the digest of the originals in the audit log;
 * Burmese that mixes both encodings is refused naming its field, and nothing is stored.
 */
class ZawgyiIntakeIT extends WebIT {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final List<String> BURMESE_NAMES = List.of(
            "မောင်မောင်",
            "အောင်ကျော်",
            "ခင်မောင်နု",
            "ကျော်ဇော်",
            "ထွန်းထွန်း",
            "ဝင်းမြင့်",
            "သန်းထွန်း",
            "စိုးမင်း",
            "နွယ်နွယ်ဝင်း",
            "ဇော်မင်းထွန်း");

    /** How a Zawgyi keyboard stores each name. */
    private static final Transliterator TO_ZAWGYI = Transliterator.getInstance("my-Zawgyi");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void convertsExactlyTheTenZawgyiNamesOfA1523PersonCsvAndKeepsTheOriginalsDigestInTheAuditLog() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(police, theSeedOperation("Zawgyi intake", List.of()));
        List<PersonInput> persons = new ArrayList<>(DemoOperationGenerator.persons(4_242, 1_523));
        List<Integer> rows = List.of(3, 150, 151, 400, 777, 1_000, 1_111, 1_300, 1_499, 1_522);
        StringBuilder originals = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            String zawgyi = TO_ZAWGYI.transliterate(BURMESE_NAMES.get(i));
            assertThat(zawgyi).isNotEqualTo(BURMESE_NAMES.get(i));
            PersonInput p = persons.get(row);
            persons.set(
                    row,
                    new PersonInput(
                            zawgyi,
                            "BURMESE Name" + (char) ('A' + i),
                            p.sex(),
                            p.dateOfBirth(),
                            "MM",
                            p.identityDocuments(),
                            p.callCentre(),
                            p.category()));
            originals
                    .append("persons[")
                    .append(row)
                    .append("].nameOriginal\t")
                    .append(zawgyi)
                    .append('\n');
        }

        TestApi.Response accepted =
                police.postRaw("/api/v1/repatriations/" + id + "/persons", PersonBatchIT.csv(persons), CSV);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(Arrays.asList(
                        accepted.headers().getFirst("Comity-Text-Converted").split(", ")))
                .containsExactlyElementsOf(rows.stream()
                        .map(row -> "persons[" + row + "].nameOriginal")
                        .toList());
        List<String> stored = jdbc.sql("SELECT name_original FROM repatriation_person WHERE operation_id = ? "
                        + "AND name_latin LIKE 'BURMESE Name%' ORDER BY name_latin")
                .param(UUID.fromString(id))
                .query(String.class)
                .list();
        assertThat(stored).containsExactlyElementsOf(BURMESE_NAMES);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM repatriation_person WHERE operation_id = ? AND name_original IN (:names)"
                                        .replace("?", ":id"))
                        .param("id", UUID.fromString(id))
                        .param(
                                "names",
                                persons.stream()
                                        .map(PersonInput::nameOriginal)
                                        .filter(n -> n != null)
                                        .toList())
                        .query(Long.class)
                        .single())
                .as("the other 1,513 names stored as sent")
                .isEqualTo(1_513);
        assertThat(jdbc.sql("SELECT change_digest FROM audit_log WHERE action = 'text.converted-from-zawgyi' "
                                + "ORDER BY seq DESC")
                        .query(String.class)
                        .list())
                .first()
                .isEqualTo(ChangeDigest.of(originals.toString()));
    }

    @Test
    void refusesBurmeseThatMixesBothEncodingsNamingTheFieldAndStoresNothing() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(police, theSeedOperation("Zawgyi mixed", List.of()));
        PersonInput mixed = new PersonInput(
                TO_ZAWGYI.transliterate("မောင်မောင်") + " မောင်မောင်",
                "MAUNG Maung",
                "MALE",
                "1990-01-01",
                "MM",
                List.of(),
                "KK Park",
                "SUSPECT");

        TestApi.Response refused = police.post("/api/v1/repatriations/" + id + "/persons", List.of(mixed));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("persons[0].nameOriginal");
        assertThat(refused.json().get("errors").get(0).get("rule").asText()).isEqualTo("BurmeseEncoding");
        assertThat(refused.headers().getFirst("Comity-Text-Converted")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE operation_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void convertsZawgyiInAJsonBodyAndNamesItsJsonPointer() {
        TestApi police = withToken("demo-mm-mpf");
        String id = open(police, theSeedOperation("Zawgyi JSON", List.of()));
        PersonInput zawgyi = new PersonInput(
                TO_ZAWGYI.transliterate("ဦးအောင်ကျော်"),
                "AUNG Kyaw",
                "MALE",
                "1985-05-05",
                "MM",
                List.of(),
                "KK Park",
                "SUSPECT");

        TestApi.Response accepted = police.post("/api/v1/repatriations/" + id + "/persons", List.of(zawgyi));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.headers().getFirst("Comity-Text-Converted")).isEqualTo("/0/nameOriginal");
        assertThat(jdbc.sql("SELECT name_original FROM repatriation_person WHERE operation_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("ဦးအောင်ကျော်");
    }
}
