package org.comity.core.extradition.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.law.Penalty;
import org.junit.jupiter.api.Test;

class EligibilityInputsTest {

    private static final Offence MINOR = new Offence(
            "Use of a forged SIM registration",
            "Telecommunications Law s. 66",
            "Criminal Law of the PRC Art. 280",
            LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 6, 1),
            "Myawaddy",
            Penalty.months(6));

    @Test
    void lesserDualCriminalOffenceAccompaniesAQualifyingOneButNotItself() {
        ExtraditionRequest request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(aTelecomFraud(), MINOR, MINOR)
                .build();

        List<EligibilityInput> inputs = EligibilityInputs.forRequest(
                request,
                List.of(
                        new OffenceAssessment(true, Penalty.life()),
                        new OffenceAssessment(true, Penalty.months(36)),
                        new OffenceAssessment(false, null)),
                LegalBases.CN_EXTRADITION_LAW_2000);

        assertThat(inputs)
                .extracting(EligibilityInput::accompaniesQualifyingOffence)
                .containsExactly(false, true, true);
        assertThat(inputs.get(0).penaltyRequesting()).isEqualTo(Penalty.months(84));
        assertThat(inputs.get(0).penaltyRequested()).isEqualTo(Penalty.life());
        assertThat(inputs.get(2).dualCriminality()).isFalse();
    }

    @Test
    void lesserOffencesAloneAccompanyNothing() {
        ExtraditionRequest request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .offences(MINOR, MINOR)
                .build();

        List<EligibilityInput> inputs = EligibilityInputs.forRequest(
                request,
                List.of(
                        new OffenceAssessment(true, Penalty.months(36)),
                        new OffenceAssessment(true, Penalty.months(36))),
                LegalBases.CN_EXTRADITION_LAW_2000);

        assertThat(inputs)
                .extracting(EligibilityInput::accompaniesQualifyingOffence)
                .containsExactly(false, false);
    }

    @Test
    void enforcementPassesTheSentenceAndWholeMonthsLeftAtTheRequestDate() {
        List<EligibilityInput> inputs = EligibilityInputs.forRequest(
                aRequestFromChinaForAMyanmarNationalToServeASentence(),
                List.of(new OffenceAssessment(true, null)),
                LegalBases.EXAMPLE_BILATERAL_TREATY);

        assertThat(inputs.get(0).toVariables())
                .containsEntry(ExtraditionDecisions.Eligibility.PURPOSE, "ENFORCEMENT")
                .containsEntry(ExtraditionDecisions.Eligibility.SENTENCE_KIND, "TERM")
                .containsEntry(ExtraditionDecisions.Eligibility.REMAINING_SENTENCE_MONTHS, 24L)
                .containsEntry(ExtraditionDecisions.Eligibility.PENALTY_REQUESTING_KIND, null);
    }

    @Test
    void needsOneAssessmentPerOffence() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EligibilityInputs.forRequest(
                        aRequestFromMyanmarForAChineseNational(), List.of(), LegalBases.CN_EXTRADITION_LAW_2000));
    }
}
