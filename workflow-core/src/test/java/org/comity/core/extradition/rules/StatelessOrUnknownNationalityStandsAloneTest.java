package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatelessOrUnknownNationalityStandsAloneTest {

    private final StatelessOrUnknownNationalityStandsAlone rule = new StatelessOrUnknownNationalityStandsAlone();

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN,MM", "STATELESS", "UNKNOWN"})
    void oneOrMoreNationalitiesOrAMarkerAloneAreFine(String nationalities) {
        assertThat(rule.check(withNationalities(nationalities), Contexts.onRequestDate()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STATELESS,CN", "UNKNOWN,MM", "STATELESS,UNKNOWN"})
    void markerMixedWithANationalityIsAnError(String nationalities) {
        assertThat(rule.check(withNationalities(nationalities), Contexts.onRequestDate()))
                .containsExactly(Violation.error("person.nationalities", "extradition.nationality.exclusive"));
    }

    @Test
    void dualNationalIncludingChinaIsAChineseNational() {
        assertThat(withNationalities("MM,CN").person().isNationalOf("CN")).isTrue();
        assertThat(withNationalities("STATELESS").person().isNationalOf("CN")).isFalse();
    }

    private static ExtraditionRequest withNationalities(String nationalities) {
        Person p = aChineseNational();
        return RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .person(new Person(
                        p.nameInOriginalScript(),
                        p.nameInLatinScript(),
                        p.aliases(),
                        p.sex(),
                        p.dateOfBirth(),
                        List.of(nationalities.split(",")),
                        p.identityDocuments()))
                .build();
    }
}
