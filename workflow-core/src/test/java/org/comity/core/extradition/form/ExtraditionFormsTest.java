package org.comity.core.extradition.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.comity.core.form.ReviewDecision;
import org.junit.jupiter.api.Test;

/** The cross-field rules of the extradition forms (legal-domain.md §9 item 14). */
class ExtraditionFormsTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aRefusalNeedsGroundCodesAndReasons() {
        assertThat(fields(new ExecutiveDecisionForm(ExecutiveDecision.REFUSE, null, " ", null, null)))
                .containsExactlyInAnyOrder("groundCodes", "reasons");
        assertThat(fields(new ExecutiveDecisionForm(
                        ExecutiveDecision.REFUSE, List.of(GroundCode.PEND), "Pending.", null, null)))
                .isEmpty();
    }

    @Test
    void aGrantNeedsNeitherGroundsNorReasonsButAPostponementNeedsADate() {
        assertThat(fields(new ExecutiveDecisionForm(ExecutiveDecision.GRANT, null, null, null, null)))
                .isEmpty();
        assertThat(fields(new ExecutiveDecisionForm(ExecutiveDecision.POSTPONE, null, null, null, null)))
                .containsExactly("postponedUntil");
    }

    @Test
    void aReturnedRequestNeedsReasons() {
        assertThat(fields(new ReviewRequestForm(ReviewDecision.RETURN, null))).containsExactly("reasons");
        assertThat(fields(new ReviewRequestForm(ReviewDecision.APPROVE, null))).isEmpty();
    }

    @Test
    void anIncompleteRequestNamesWhatIsMissingAndACompleteOneTheFindings() {
        assertThat(fields(completeness(Completeness.INCOMPLETE, null, null, null)))
                .containsExactly("missingItems");
        assertThat(fields(completeness(Completeness.COMPLETE, null, null, null)))
                .containsExactlyInAnyOrder("dualCriminality", "maximumPenaltyInRequestedLawMonths");
        assertThat(fields(completeness(Completeness.COMPLETE, null, true, 120))).isEmpty();
    }

    @Test
    void aProvisionalArrestNeedsTheInterrogationWithin24Hours() {
        assertThat(fields(new RecordProvisionalArrestForm(java.time.LocalDate.now(), "Kunming", false, null)))
                .containsExactly("interrogatedWithin24Hours");
    }

    private static CheckCompletenessForm completeness(
            Completeness result, String missing, Boolean dual, Integer months) {
        return new CheckCompletenessForm(
                result, missing, null, dual, months, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private List<String> fields(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
