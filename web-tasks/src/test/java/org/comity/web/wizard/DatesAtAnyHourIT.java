package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 item 5: a Chinese officer's "today" is China's date whatever the hour in UTC. At 16:07 UTC
 * it is already 00:07 the next day in Beijing (and still the evening before in Yangon); at 23:50 UTC
 * both Beijing and Yangon are in the next morning. At both instants the wizard offers and accepts
 * today's date in Beijing as the request date (never "in the future"), a surrendered person's
 * receipt is confirmed on China's date, a repatriation's handover receipt is dated in Beijing, and
 * a Chinese officer records a provisional arrest on China's date (the task page's {@code max} too).
 * The application's and the engine's clocks are moved together ({@link TestClock#at}), never slept.
 */
class DatesAtAnyHourIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ExtraditionRecords records;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    /** Today (by the machine's date) at the given time of day in UTC. */
    private static Instant todayAt(String utcTime) {
        return LocalDate.now(ZoneOffset.UTC).atTime(LocalTime.parse(utcTime)).toInstant(ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "at {0} UTC")
    @ValueSource(strings = {"16:07", "23:50"})
    void theWizardDatesARequestOnChinasCalendar(String utcTime) throws Exception {
        TestClock.at(todayAt(utcTime), () -> {
            LocalDate todayInBeijing = TestClock.todayInChina();
            assertThat(todayInBeijing).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));

            String page = mvc.perform(get("/requests/new/extradition").with(driver().signedIn()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String input = input(page, "requestDate");
            assertThat(input).contains("value=\"" + todayInBeijing + "\"").contains("max=\"" + todayInBeijing + "\"");

            String draft = driver().throughTo("review");
            String caseUrl = driver().submit(draft)
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrlPattern("/cases/*"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            UUID caseId = UUID.fromString(caseUrl.substring("/cases/".length()));
            assertThat(records.requestOfCase(caseId).orElseThrow().requestDate())
                    .isEqualTo(todayInBeijing);
        });
    }

    @ParameterizedTest(name = "at {0} UTC")
    @ValueSource(strings = {"16:07", "23:50"})
    void receiptsAreDatedOnTheReceivingStatesCalendar(String utcTime) throws Exception {
        TestClock.at(todayAt(utcTime), () -> {
            LocalDate todayInBeijing = TestClock.todayInChina();
            ExtraditionCaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);

            // Task_ConfirmReceipt is completed by cn.officer with receivedOn = today in Beijing (204 asserted).
            String surrendered = scenario.grantedAndSurrendered();
            assertThat(scenario.documentTexts(surrendered)).containsKey("SURRENDER_RECORD");

            String operation = RepatriationFixtures.aPartlyRepatriatedOperation(
                    port, management, "16:07".equals(utcTime) ? 4_607 : 4_650, "Receipt at " + utcTime + " UTC");
            assertThat(scenario.documentTexts(operation).get("HANDOVER_RECEIPT"))
                    .contains(todayInBeijing + " ")
                    .contains("Asia/Shanghai");
        });
    }

    /**
     * The evening failure of {@code ExtraditionApiIT}: Myanmar asks for a provisional arrest, and the
     * Chinese officer records it on China's today. The task page offers that date as the latest
     * ({@code max}) and the form accepts it; tomorrow in Beijing is refused, naming the field.
     */
    @ParameterizedTest(name = "at {0} UTC")
    @ValueSource(strings = {"16:07", "23:50"})
    void aChineseOfficerRecordsAnArrestOnChinasToday(String utcTime) throws Exception {
        TestClock.at(todayAt(utcTime), () -> {
            LocalDate todayInBeijing = TestClock.todayInChina();
            ExtraditionCaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
            Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
            body.put("urgency", "PROVISIONAL_ARREST");
            body.put("channel", "INTERPOL");
            String caseId = scenario.submit("demo-mm-mpf", null, body).caseId();
            scenario.runJobs(caseId);
            String taskId = scenario.taskId("cn.officer", caseId, "Task_RecordProvisionalArrest");

            String page = mvc.perform(get("/tasks/" + taskId).with(driver().signedIn()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(input(page, "arrestedOn")).contains("max=\"" + todayInBeijing + "\"");
            Map<String, Object> arrest = Map.of("place", "Kunming Detention Centre", "interrogatedWithin24Hours", true);
            TestApi.Response tomorrow = scenario.complete(
                    "cn.officer",
                    caseId,
                    "Task_RecordProvisionalArrest",
                    with(arrest, "arrestedOn", todayInBeijing.plusDays(1).toString()));
            assertThat(tomorrow.status()).isEqualTo(422);
            assertThat(tomorrow.json().path("errors").findValuesAsText("field")).containsExactly("arrestedOn");
            scenario.completeOk(
                    "cn.officer",
                    caseId,
                    "Task_RecordProvisionalArrest",
                    with(arrest, "arrestedOn", todayInBeijing.toString()));
        });
    }

    private static Map<String, Object> with(Map<String, Object> values, String field, Object value) {
        Map<String, Object> all = new HashMap<>(values);
        all.put(field, value);
        return all;
    }

    private WizardDriver driver() {
        return new WizardDriver(mvc, people, "cn.officer");
    }

    /** The {@code <input>} element of the field {@code name} on a page. */
    private static String input(String page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(page);
        assertThat(input.find()).as("the input " + name).isTrue();
        return input.group();
    }
}
