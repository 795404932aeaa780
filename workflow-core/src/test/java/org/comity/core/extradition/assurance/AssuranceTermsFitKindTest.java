package org.comity.core.extradition.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.comity.core.extradition.request.AssuranceKind;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** An assurance's terms fit its kind: legal-domain.md §2.4 step 4, §9 item 13; S10 Art. 50. */
class AssuranceTermsFitKindTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final int TWO_OFFENCES = 2;

    @Test
    void deathPenaltyAssuranceNeedsOnlyItsWording() {
        assertThat(check(request(AssuranceKind.DEATH_PENALTY, null))).isEmpty();
    }

    @Test
    void sentenceAssuranceNamesAPositiveMaximumTerm() {
        assertThat(check(request(AssuranceKind.SENTENCE, 240))).isEmpty();
        assertThat(check(request(AssuranceKind.SENTENCE, 1))).isEmpty();

        assertThat(check(request(AssuranceKind.SENTENCE, null)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("maxTermMonths", "NotNull"));
        assertThat(check(request(AssuranceKind.SENTENCE, 0)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("maxTermMonths", "Positive"));
    }

    @Test
    void prosecutionLimitNamesDistinctOffencesOfTheRequest() {
        assertThat(check(request(AssuranceKind.PROSECUTION_LIMIT, null, 0, 1))).isEmpty();

        assertThat(check(request(AssuranceKind.PROSECUTION_LIMIT, null)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("offenceIndexes", "NotEmpty"));
        assertThat(check(request(AssuranceKind.PROSECUTION_LIMIT, null, 0, 2, -1, 0)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(
                        tuple("offenceIndexes[1]", "OffenceOfTheRequest"),
                        tuple("offenceIndexes[2]", "OffenceOfTheRequest"),
                        tuple("offenceIndexes[3]", "Unique"));
    }

    @Test
    void termsOfAnotherKindAreRefusedRatherThanIgnored() {
        assertThat(check(request(AssuranceKind.DEATH_PENALTY, 120, 0)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(
                        tuple("maxTermMonths", AssuranceTermsFitKind.RULE),
                        tuple("offenceIndexes", AssuranceTermsFitKind.RULE));
        assertThat(check(request(AssuranceKind.PROSECUTION_LIMIT, 120, 0)))
                .extracting(FieldError::field)
                .containsExactly("maxTermMonths");
    }

    @Test
    void assuranceIsNotGivenInTheFuture() {
        AssuranceRequest tomorrow =
                new AssuranceRequest(AssuranceKind.DEATH_PENALTY, "No death penalty.", null, null, TODAY.plusDays(1));
        assertThat(check(tomorrow))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("givenOn", "PastOrPresent"));
        assertThat(check(new AssuranceRequest(AssuranceKind.DEATH_PENALTY, "No death penalty.", null, null, TODAY)))
                .isEmpty();
    }

    private static List<FieldError> check(AssuranceRequest request) {
        return AssuranceTermsFitKind.check(request, TWO_OFFENCES, TODAY);
    }

    private static AssuranceRequest request(AssuranceKind kind, Integer months, Integer... offences) {
        return new AssuranceRequest(
                kind, "The assurance as worded.", months, Arrays.asList(offences), TODAY.minusDays(3));
    }
}
