package org.comity.core.form;

import java.util.List;
import java.util.Optional;
import org.comity.core.validation.FieldError;

/**
 * The four-eyes rule on the review of a drafted request (DESIGN §4.1 requesting step 2, §4.3): the
 * supervisor who gives the {@link ReviewDecision} is neither the officer who drafted the request nor
 * the one who last corrected it, so that no request leaves for the other state on one person's word.
 * Extradition and MLA reviews apply the same rule with the same error, named on the review's
 * {@code reviewDecision} field so that the form shows it there.
 */
public final class FourEyesOnReview {

    private FourEyesOnReview() {}

    /**
     * The error of {@code reviewer}'s review, or empty if the reviewer may give it.
     *
     * @param reviewer id of the user completing the review
     * @param drafter who drafted the request, if a person did (an agency's request has no drafter here)
     * @param correctors who completed the request's correction task, newest first
     */
    public static Optional<FieldError> check(String reviewer, Optional<String> drafter, List<String> correctors) {
        boolean drafted = drafter.filter(reviewer::equals).isPresent();
        boolean corrected =
                correctors.stream().findFirst().filter(reviewer::equals).isPresent();
        if (drafted || corrected) {
            return Optional.of(new FieldError(
                    "reviewDecision",
                    "FourEyes",
                    "must be given by someone other than who drafted or last corrected the request"));
        }
        return Optional.empty();
    }
}
