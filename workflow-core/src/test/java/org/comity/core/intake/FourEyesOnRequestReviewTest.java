package org.comity.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.identity.Role;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class FourEyesOnRequestReviewTest {

    record Review(String reviewDecision) {}

    private static final String CASE = UUID.randomUUID().toString();

    @SuppressWarnings("unchecked")
    private final RequestRecords<CaseRequest> records = mock(RequestRecords.class);

    private final CaseSubmissions submissions = mock(CaseSubmissions.class);

    private final FourEyesOnRequestReview<Review> rule =
            new FourEyesOnRequestReview<>(Review.class, records, "Task_CorrectRequest", submissions);

    @Test
    void appliesToTheProceduresReviewFormOnly() {
        assertThat(rule.formType()).isEqualTo(Review.class);
    }

    @Test
    void refusesTheDrafterAndTheLastCorrectorOnTheDecisionField() {
        when(records.drafter(UUID.fromString(CASE))).thenReturn(Optional.of("cn.drafter"));
        when(submissions.submittersOf(CASE, "Task_CorrectRequest")).thenReturn(List.of("cn.corrector", "cn.other"));

        assertThatThrownBy(() -> rule.check(actor("cn.drafter"), null, CASE, new Review("APPROVE")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("reviewDecision")));
        assertThatThrownBy(() -> rule.check(actor("cn.corrector"), null, CASE, new Review("APPROVE")))
                .isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> rule.check(actor("cn.other"), null, CASE, new Review("APPROVE")))
                .as("an earlier corrector may review the latest correction")
                .doesNotThrowAnyException();
    }

    @Test
    void anAgencysRequestHasNoDrafterToExclude() {
        when(records.drafter(UUID.fromString(CASE))).thenReturn(Optional.empty());
        when(submissions.submittersOf(CASE, "Task_CorrectRequest")).thenReturn(List.of());

        assertThatCode(() -> rule.check(actor("cn.supervisor"), null, CASE, new Review("APPROVE")))
                .doesNotThrowAnyException();
    }

    private static Actor actor(String id) {
        return new Actor(id, ActorKind.PERSON, Role.SUPERVISOR, "CN");
    }
}
