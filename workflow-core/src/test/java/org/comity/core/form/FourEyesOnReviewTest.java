package org.comity.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

class FourEyesOnReviewTest {

    private static final String SUPERVISOR = "cn.supervisor";
    private static final String OFFICER = "cn.officer";

    @Test
    void acceptsAReviewerWhoNeitherDraftedNorCorrected() {
        assertThat(FourEyesOnReview.check(SUPERVISOR, Optional.of(OFFICER), List.of(OFFICER)))
                .isEmpty();
    }

    @Test
    void refusesTheDrafterOnTheReviewDecision() {
        assertThat(FourEyesOnReview.check(OFFICER, Optional.of(OFFICER), List.of()))
                .get()
                .isEqualTo(new FieldError(
                        "reviewDecision",
                        "FourEyes",
                        "must be given by someone other than who drafted or last corrected the request"));
    }

    @Test
    void refusesTheLastCorrectorButNotAnEarlierOne() {
        assertThat(FourEyesOnReview.check(SUPERVISOR, Optional.empty(), List.of(SUPERVISOR, OFFICER)))
                .isPresent();
        assertThat(FourEyesOnReview.check(SUPERVISOR, Optional.empty(), List.of(OFFICER, SUPERVISOR)))
                .isEmpty();
    }

    @Test
    void anAgencysRequestHasNoDrafterToExclude() {
        assertThat(FourEyesOnReview.check(SUPERVISOR, Optional.empty(), List.of()))
                .isEmpty();
    }
}
