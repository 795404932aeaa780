package org.comity.core.extradition.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.request.ExtraditionRequests;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.law.Penalty;
import org.comity.core.person.Sex;
import org.junit.jupiter.api.Test;

/** The findings the refusal-grounds table gets from the request itself (legal-domain.md §10 items 6–8). */
class RefusalGroundsFactsTest {

    @Test
    void findsTheNationalityOfTheRequestedStateInADualNational() {
        Person dual = new Person(
                "张伟",
                "Zhang Wei",
                List.of(),
                Sex.MALE,
                java.time.LocalDate.of(1990, 5, 17),
                List.of("MM", "CN"),
                List.of());
        Map<String, Object> input = RefusalGroundsFacts.of(
                        RequestBuilder.from(ExtraditionRequests.aRequestFromMyanmarForAChineseNational())
                                .person(dual)
                                .build())
                .toVariables();
        assertThat(input)
                .containsEntry(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true)
                .containsEntry(RefusalGrounds.REQUESTED_STATE, "CN");
    }

    /** §10 item 6: the request says Myanmar only; China establishes under its law that the person is Chinese. */
    @Test
    void takesTheRequestedStatesOwnFindingOfItsNationalityButNeverDropsTheGround() {
        Person myanmar = new Person(
                "张伟", "Zhang Wei", List.of(), Sex.MALE, java.time.LocalDate.of(1990, 5, 17), List.of("MM"), List.of());
        var request = RequestBuilder.from(ExtraditionRequests.aRequestFromMyanmarForAChineseNational())
                .person(myanmar)
                .build();
        assertThat(RefusalGroundsFacts.of(request, null).toVariables())
                .containsEntry(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, false);
        assertThat(RefusalGroundsFacts.of(request, true).toVariables())
                .containsEntry(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true);
        assertThat(RefusalGroundsFacts.of(ExtraditionRequests.aRequestFromMyanmarForAChineseNational(), false)
                        .toVariables())
                .as("the request shows PRC nationality")
                .containsEntry(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true);
    }

    @Test
    void findsNoNationalityGroundForAStatelessPerson() {
        Person stateless = new Person(
                "张伟",
                "Zhang Wei",
                List.of(),
                Sex.MALE,
                java.time.LocalDate.of(1990, 5, 17),
                List.of(Person.STATELESS),
                List.of());
        assertThat(RefusalGroundsFacts.of(
                                RequestBuilder.from(ExtraditionRequests.aRequestFromMyanmarForAChineseNational())
                                        .person(stateless)
                                        .build())
                        .toVariables())
                .containsEntry(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, false);
    }

    @Test
    void findsAJudgmentInAbsentiaAndWhetherARetrialIsUndertaken() {
        Judgment inAbsentia = new Judgment(
                "Kunming Intermediate People's Court",
                java.time.LocalDate.of(2025, 9, 1),
                true,
                true,
                Penalty.months(36),
                java.time.Period.ofYears(2));
        var request = RequestBuilder.from(ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence())
                .judgment(inAbsentia)
                .build();
        assertThat(RefusalGroundsFacts.of(request).toVariables())
                .containsEntry(RefusalGrounds.JUDGMENT_IN_ABSENTIA, true)
                .containsEntry(RefusalGrounds.RETRIAL_UNDERTAKING, false);
    }

    @Test
    void findsAPossibleDeathPenaltyAndTheAssurance() {
        Offence capital = new Offence(
                "Murder",
                "Penal Code s. 302",
                null,
                java.time.LocalDate.of(2025, 6, 1),
                java.time.LocalDate.of(2025, 6, 1),
                "Myawaddy",
                Penalty.death());
        var request = RequestBuilder.from(ExtraditionRequests.aRequestFromMyanmarForAChineseNational())
                .offences(capital)
                .undertakings(new Undertakings(true, true, false, true, true))
                .build();
        assertThat(RefusalGroundsFacts.of(request).toVariables())
                .containsEntry(RefusalGrounds.DEATH_PENALTY_POSSIBLE, true)
                .containsEntry(RefusalGrounds.DEATH_PENALTY_ASSURANCE, true);
    }
}
