package org.comity.core.document;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.document.ExtraditionDecision.Outcome;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.junit.jupiter.api.Test;

class ExtraditionDecisionTest {

    private static final Subject PERSON = Subject.of(
            new PersonName("张伟", "Zhang Wei"),
            List.of(),
            Subject.Sex.MALE,
            LocalDate.of(1988, 5, 17),
            List.of("CN"),
            List.of());

    private static final Text AUTHORITY = Phrase.of("extradition.deciding-authority.court");

    private static final FreeText REASONS = FreeText.asWritten("Reasons", "en");

    @Test
    void aRefusalMustCiteAGround() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtraditionDecision(
                        PERSON, AUTHORITY, Outcome.REFUSED, List.of(), null, REASONS, null, null, List.of()));
    }

    @Test
    void aPostponementNeedsADate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtraditionDecision(
                        PERSON, AUTHORITY, Outcome.POSTPONED, List.of(), null, REASONS, null, null, List.of()));
    }

    @Test
    void aDecisionStatesItsReasonsOrTheRulingItFollows() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtraditionDecision(
                        PERSON, AUTHORITY, Outcome.GRANTED, List.of(), null, null, null, null, List.of()));
    }
}
