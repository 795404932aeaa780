package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.TODAY;
import static org.comity.core.mla.request.MlaRequests.aRequestToServeASummonsOnly;
import static org.comity.core.mla.request.MlaRequests.ayeAye;
import static org.comity.core.mla.request.MlaRequests.zhangWei;

import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.Summons;
import org.comity.core.mla.request.SummonsCapacity;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §10 item 18: a summons for a PRC citizen to appear abroad as a defendant. */
class SummonsOfOwnNationalAsDefendantInChinaTest {

    private final SummonsOfOwnNationalAsDefendantInChina rule = new SummonsOfOwnNationalAsDefendantInChina();

    @Test
    void warnsWhenChinaIsAskedToSummonItsNationalAsADefendant() {
        assertThat(Rules.check(rule, toChina(zhangWei(), SummonsCapacity.DEFENDANT)))
                .containsExactly(Violation.warning("summons.capacity", "mla.summons.nationalAsDefendant"));
    }

    @Test
    void acceptsAChineseWitnessAndAForeignDefendant() {
        assertThat(Rules.check(rule, toChina(zhangWei(), SummonsCapacity.WITNESS)))
                .isEmpty();
        assertThat(Rules.check(rule, toChina(ayeAye(), SummonsCapacity.DEFENDANT)))
                .isEmpty();
    }

    private static MlaRequest toChina(PersonConcerned addressee, SummonsCapacity capacity) {
        return MlaRequests.from(aRequestToServeASummonsOnly())
                .requestingState("MM")
                .requestedState("CN")
                .personsConcerned(addressee)
                .summons(new Summons(1, capacity, "Yangon High Court", TODAY.plusMonths(4)))
                .build();
    }
}
