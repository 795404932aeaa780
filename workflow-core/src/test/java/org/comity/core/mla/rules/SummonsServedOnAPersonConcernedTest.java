package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.TODAY;
import static org.comity.core.mla.request.MlaRequests.aRequestToServeASummonsOnly;

import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.Summons;
import org.comity.core.mla.request.SummonsCapacity;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SummonsServedOnAPersonConcernedTest {

    private final SummonsServedOnAPersonConcerned rule = new SummonsServedOnAPersonConcerned();

    @Test
    void acceptsASummonsOnTheFirstPersonServedAsADocument() {
        assertThat(Rules.check(rule, aRequestToServeASummonsOnly())).isEmpty();
    }

    @Test
    void rejectsASummonsWithoutServiceOfDocumentsOnAPersonNotListed() {
        var request = MlaRequests.from(aRequestToServeASummonsOnly())
                .assistanceTypes(AssistanceType.LOCATE_PERSON)
                .summons(new Summons(2, SummonsCapacity.WITNESS, "Court", TODAY.plusMonths(4)))
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(
                        Violation.error("assistanceTypes", "mla.summons.serviceRequired"),
                        Violation.error("summons.addressee", "mla.summons.noSuchPerson")
                                .with("count", 1));
    }
}
