package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
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
 * receipt is confirmed on China's date, and a repatriation's handover receipt is dated in Beijing.
 * The application's and the engine's clocks are moved together ({@link TestClock#at}), never slept.
 */
class DatesAtAnyHourIT extends WebIT {

    private static final Pattern REQUEST_DATE_INPUT = Pattern.compile("<input[^>]*name=\"requestDate\"[^>]*>");

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
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String input = requestDateInput(page);
            assertThat(input).contains("value=\"" + todayInBeijing + "\"").contains("max=\"" + todayInBeijing + "\"");

            String draft = driver().throughTo("review");
            String caseUrl = driver().submit(draft).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrlPattern("/cases/*")).andReturn().getResponse().getRedirectedUrl();
            UUID caseId = UUID.fromString(caseUrl.substring("/cases/".length()));
            assertThat(records.requestOfCase(caseId).orElseThrow().requestDate()).isEqualTo(todayInBeijing);
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

            String operation = RepatriationFixtures.aPartlyRepatriatedOperation(port, management,
                    "16:07".equals(utcTime) ? 4_607 : 4_650, "Receipt at " + utcTime + " UTC");
            assertThat(scenario.documentTexts(operation).get("HANDOVER_RECEIPT"))
                    .contains(todayInBeijing + " ").contains("Asia/Shanghai");
        });
    }

    private WizardDriver driver() {
        return new WizardDriver(mvc, people, "cn.officer");
    }

    private static String requestDateInput(String page) {
        Matcher input = REQUEST_DATE_INPUT.matcher(page);
        assertThat(input.find()).as("the request date input").isTrue();
        return input.group();
    }
}
