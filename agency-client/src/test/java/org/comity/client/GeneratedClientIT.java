package org.comity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.comity.client.api.CasesApi;
import org.comity.client.api.ExtraditionApi;
import org.comity.client.api.RepatriationsApi;
import org.comity.client.model.CaseCreated;
import org.comity.client.model.CaseView;
import org.comity.client.model.ExtraditionOffence;
import org.comity.client.model.ExtraditionPerson;
import org.comity.client.model.ExtraditionRequest;
import org.comity.client.model.ExtraditionUndertakings;
import org.comity.client.model.ExtraditionWarrant;
import org.comity.client.model.Penalty;
import org.comity.client.model.RepatriationCallCentreInput;
import org.comity.client.model.RepatriationOperationInput;
import org.comity.client.model.RepatriationOperationMetrics;
import org.comity.client.model.RepatriationOperationView;
import org.comity.client.model.RepatriationPersonInput;
import org.comity.client.model.RepatriationPersonsAdded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an agency's IT department does with the contract: a Java client generated from
 * {@code docs/api/comity-api.json} by openapi-generator (library {@code native}), compiled with no
 * hand-written line, submits China's extradition request for a person held in Myanmar and
 * Myanmar's intake of an operation and a batch of detainees to the built application, started as
 * its own process ({@link RunningComity}), and reads back the case, the operation's figures and a
 * refusal as problem+json.
 */
class GeneratedClientIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");

    private static RunningComity comity;

    @BeforeAll
    static void startComity() throws Exception {
        comity = RunningComity.start();
    }

    @AfterAll
    static void stopComity() {
        if (comity != null) {
            comity.close();
        }
    }

    private static ApiClient agency(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(comity.baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void chinasMinistrySubmitsAnExtraditionRequestAndFollowsItsCase() throws ApiException {
        ApiClient china = agency("demo-cn-mps");
        LocalDate today = LocalDate.now(BEIJING);
        ExtraditionRequest request = aRequest("司马懿", "SIMA Yi", today)
                .warrant(new ExtraditionWarrant()
                        .issuingAuthority("Kunming Public Security Bureau")
                        .date(today.minusDays(30))
                        .reference("KM-2026-0777"));

        String key = UUID.randomUUID().toString();
        CaseCreated created = new ExtraditionApi(china).submitExtradition(key, request);
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getType()).isEqualTo("EXTRADITION");
        assertThat(new ExtraditionApi(china).submitExtradition(key, request).getId())
                .as("a repeat with the same Idempotency-Key returns the first case")
                .isEqualTo(created.getId());

        CaseView followed = new CasesApi(china).getCase(created.getId(), null);
        assertThat(followed.getReference()).isEqualTo(created.getReference());
        assertThat(followed.getParties().getRequestingState()).isEqualTo("CN");
        assertThat(followed.getParties().getRequestedState()).isEqualTo("MM");
    }

    @Test
    void aRefusalReachesTheClientAsAProblemNamingTheField() throws Exception {
        ExtraditionRequest dated =
                aRequest("司马师", "SIMA Shi", LocalDate.now(BEIJING).plusDays(3)).offences(List.of());

        assertThatThrownBy(() -> new ExtraditionApi(agency("demo-cn-mps"))
                        .submitExtradition(UUID.randomUUID().toString(), dated))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(422);
                    assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                            .hasValue("application/problem+json");
                    JsonNode problem = read(refused.getResponseBody());
                    assertThat(problem.get("errors").findValuesAsText("field")).contains("requestDate", "offences");
                });
    }

    @Test
    void myanmarsPoliceOpenAnOperationAndAddABatchOfDetainees() throws ApiException {
        ApiClient myanmar = agency("demo-mm-mpf");
        RepatriationsApi repatriations = new RepatriationsApi(myanmar);
        RepatriationOperationView operation = repatriations.openRepatriation(
                UUID.randomUUID().toString(),
                new RepatriationOperationInput()
                        .name("Generated client operation " + LocalDate.now(YANGON))
                        .holdingState("MM")
                        .receivingState("CN")
                        .regions(List.of("Myawaddy"))
                        .callCentres(List.of(new RepatriationCallCentreInput()
                                .name("KK Park")
                                .region("Myawaddy")))
                        .startDate(LocalDate.of(2025, 6, 1))
                        .endDate(LocalDate.of(2025, 12, 1)));
        assertThat(operation.getPersons()).isZero();

        RepatriationPersonsAdded added = repatriations.addRepatriationPersons(
                operation.getId(),
                UUID.randomUUID().toString(),
                List.of(
                        detainee("王芳", "WANG Fang", "FEMALE", "1994-02-11"),
                        detainee("李强", "LI Qiang", "MALE", "1988-09-23")));
        assertThat(added.getAdded()).isEqualTo(2);
        assertThat(added.getReplayed()).isFalse();

        RepatriationOperationMetrics figures = repatriations.getOperationMetrics(operation.getId());
        assertThat(figures.getPersons()).isEqualTo(2);
        assertThat(figures.getPersonsPerRegion()).containsEntry("Myawaddy", 2L);
    }

    /** China asks Myanmar to prosecute a person for one telecom fraud, dated {@code requestDate}. */
    private static ExtraditionRequest aRequest(String nameOriginal, String nameLatin, LocalDate requestDate) {
        return new ExtraditionRequest()
                .requestingState("CN")
                .requestedState("MM")
                .purpose(ExtraditionRequest.PurposeEnum.PROSECUTION)
                .urgency(ExtraditionRequest.UrgencyEnum.ORDINARY)
                .channel(ExtraditionRequest.ChannelEnum.DESIGNATED_AUTHORITY)
                .legalBasisId("EXAMPLE-CN-MM-TREATY")
                .requestDate(requestDate)
                .person(new ExtraditionPerson()
                        .nameInOriginalScript(nameOriginal)
                        .nameInLatinScript(nameLatin)
                        .sex(ExtraditionPerson.SexEnum.MALE)
                        .dateOfBirth(LocalDate.of(1979, 6, 1))
                        .nationalities(List.of("CN")))
                .offences(List.of(new ExtraditionOffence()
                        .description("Ran a call centre that defrauded victims in China by telephone")
                        .provisionInRequestingLaw("Criminal Law of the PRC, Art. 266")
                        .dateFrom(LocalDate.of(2025, 6, 1))
                        .dateTo(LocalDate.of(2025, 12, 31))
                        .place("Myawaddy, Kayin State")
                        .maximumPenalty(
                                new Penalty().kind(Penalty.KindEnum.TERM).months(120))))
                .undertakings(new ExtraditionUndertakings()
                        .speciality(true)
                        .noReExtradition(true)
                        .retrialIfInAbsentia(false)
                        .reciprocity(false)
                        .deathPenaltyAssurance(false))
                .factsSummary("Ran a call centre in Myawaddy that defrauded victims in China by telephone.");
    }

    private static RepatriationPersonInput detainee(String nameOriginal, String nameLatin, String sex, String born) {
        return new RepatriationPersonInput()
                .nameOriginal(nameOriginal)
                .nameLatin(nameLatin)
                .sex(sex)
                .dateOfBirth(born)
                .claimedNationality("CN")
                .callCentre("KK Park")
                .category("SUSPECT");
    }

    private static JsonNode read(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
