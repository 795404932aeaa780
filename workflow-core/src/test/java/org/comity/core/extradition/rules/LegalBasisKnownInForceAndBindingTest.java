package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.time.LocalDate;
import java.util.Map;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Severity;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LegalBasisKnownInForceAndBindingTest {

    private final LegalBasisKnownInForceAndBinding rule = new LegalBasisKnownInForceAndBinding();

    @Test
    void registeredBasisInForceAndBindingIsFine() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
        assertThat(rule.check(aRequestFromChinaForAMyanmarNationalToServeASentence(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void unknownTreatyReferenceIsAnError() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .legalBasisId("CN-NARNIA")
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("legalBasisId", "extradition.legalBasis.unknown"));
    }

    @Test
    void treatyNotYetInForceOnTheRequestDateIsAnError() {
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .requestDate(LocalDate.of(2025, 12, 31))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(new Violation(
                        "legalBasisId",
                        "extradition.legalBasis.notInForce",
                        Map.of("date", LocalDate.of(2026, 1, 1)),
                        Severity.ERROR));
    }

    @Test
    void chinasStatuteDoesNotGovernARequestToMyanmar() {
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .legalBasisId(LegalBases.CN_EXTRADITION_LAW_2000_ID)
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("legalBasisId", "extradition.legalBasis.notBinding"));
    }

    @Test
    void treatyDoesNotBindAThirdState() {
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .requestingState("TH")
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("legalBasisId", "extradition.legalBasis.notBinding"));
    }

    @Test
    void modelTreatyDefaultsBindAnyPair() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .legalBasisId(LegalBases.UN_MODEL_TREATY_1990_ID)
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEmpty();
    }
}
