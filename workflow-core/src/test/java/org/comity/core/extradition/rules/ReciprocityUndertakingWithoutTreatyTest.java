package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ReciprocityUndertakingWithoutTreatyTest {

    private static final String FIELD = "undertakings.reciprocity";

    private final ReciprocityUndertakingWithoutTreaty rule = new ReciprocityUndertakingWithoutTreaty();

    @Test
    void statuteWithReciprocityAndTreatyWithoutAreFine() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
        assertThat(rule.check(aRequestFromChinaForAMyanmarNationalToServeASentence(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void noTreatyAndNoReciprocityIsAnError() {
        var request = reciprocity(aRequestFromMyanmarForAChineseNational(), false);

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error(FIELD, "extradition.undertaking.reciprocityRequired"));
    }

    @Test
    void reciprocityUnderATreatyIsAWarning() {
        var request = reciprocity(aRequestFromChinaForAMyanmarNationalToServeASentence(), true);

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.warning(FIELD, "extradition.undertaking.reciprocityWithTreaty"));
    }

    @Test
    void unknownLegalBasisIsLeftToItsOwnRule() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .legalBasisId("NARNIA")
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEmpty();
    }

    private static ExtraditionRequest reciprocity(ExtraditionRequest request, boolean given) {
        Undertakings u = request.undertakings();
        return RequestBuilder.from(request)
                .undertakings(new Undertakings(
                        u.speciality(), u.noReExtradition(), u.retrialIfInAbsentia(), given, u.deathPenaltyAssurance()))
                .build();
    }
}
