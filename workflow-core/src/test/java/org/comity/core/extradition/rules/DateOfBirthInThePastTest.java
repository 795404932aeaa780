package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.REQUEST_DATE;
import static org.comity.core.extradition.request.ExtraditionRequests.aChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.time.LocalDate;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DateOfBirthInThePastTest {

    private final DateOfBirthInThePast rule = new DateOfBirthInThePast();

    @Test
    void bornTheDayBeforeTheRequestIsFine() {
        assertThat(rule.check(bornOn(REQUEST_DATE.minusDays(1)), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void bornOnTheRequestDateOrLaterIsAnError() {
        assertThat(rule.check(bornOn(REQUEST_DATE), Contexts.onRequestDate()))
                .containsExactly(Violation.error("person.dateOfBirth", "extradition.dateOfBirth.notPast"));
        assertThat(rule.check(bornOn(REQUEST_DATE.plusYears(1)), Contexts.onRequestDate()))
                .hasSize(1);
    }

    private static ExtraditionRequest bornOn(LocalDate date) {
        Person p = aChineseNational();
        return RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .person(new Person(
                        p.nameInOriginalScript(),
                        p.nameInLatinScript(),
                        p.aliases(),
                        p.sex(),
                        date,
                        p.nationalities(),
                        p.identityDocuments()))
                .build();
    }
}
