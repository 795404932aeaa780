package org.comity.core.extradition.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.comity.core.extradition.assurance.AssuranceFixtures.atMostMonths;
import static org.comity.core.extradition.assurance.AssuranceFixtures.noDeathPenalty;
import static org.comity.core.extradition.assurance.AssuranceFixtures.prosecutionLimitedTo;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** A sentence honours every assurance given: legal-domain.md §2.4 step 4, §9 item 13; S10 Art. 50; S1 Art. 4(d). */
class SentenceHonoursAssuranceTest {

    private static final String RULE = SentenceHonoursAssurance.RULE;

    @Test
    void noDeathSentenceAfterADeathPenaltyAssurance() {
        assertThat(check(sentence(PenaltyKind.DEATH, null), noDeathPenalty()))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("kind", RULE));
        assertThat(check(sentence(PenaltyKind.LIFE, null), noDeathPenalty())).isEmpty();
        assertThat(check(sentence(PenaltyKind.TERM, 180), noDeathPenalty())).isEmpty();
    }

    @Test
    void aTermUpToTheAssuredMaximumHonoursASentenceAssurance() {
        assertThat(check(sentence(PenaltyKind.TERM, 120), atMostMonths(120))).isEmpty();

        assertThat(check(sentence(PenaltyKind.TERM, 121), atMostMonths(120)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("months", RULE));
        assertThat(check(sentence(PenaltyKind.LIFE, null), atMostMonths(120)))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(tuple("kind", RULE));
    }

    @Test
    void everyAssuranceBrokenIsNamedAndOthersDoNotBindSentencing() {
        assertThat(check(sentence(PenaltyKind.DEATH, null), noDeathPenalty(), atMostMonths(120)))
                .extracting(FieldError::message)
                .hasSize(2)
                .allMatch(m -> m.contains("decided by CN_SPC"));
        assertThat(check(sentence(PenaltyKind.DEATH, null), prosecutionLimitedTo(0)))
                .isEmpty();
        assertThat(check(sentence(PenaltyKind.DEATH, null)))
                .as("no assurance demanded, none binds")
                .isEmpty();
    }

    @Test
    void aTermCarriesMonthsAndLifeOrDeathNone() {
        assertThat(sentence(PenaltyKind.TERM, 1).shapeErrors()).isEmpty();
        assertThat(sentence(PenaltyKind.TERM, null).shapeErrors())
                .extracting(FieldError::rule)
                .containsExactly("NotNull");
        assertThat(sentence(PenaltyKind.TERM, 0).shapeErrors())
                .extracting(FieldError::rule)
                .containsExactly("Positive");
        assertThat(sentence(PenaltyKind.LIFE, 12).shapeErrors())
                .extracting(FieldError::rule)
                .containsExactly("NoMonthsForLifeOrDeath");
    }

    private static List<FieldError> check(SentenceRequest sentence, Assurance... assurances) {
        return SentenceHonoursAssurance.check(sentence, List.of(assurances));
    }

    private static SentenceRequest sentence(PenaltyKind kind, Integer months) {
        return new SentenceRequest(kind, months, "Kunming Intermediate People's Court", LocalDate.of(2026, 9, 1));
    }
}
