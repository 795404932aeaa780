package org.comity.core.extradition.completion;

import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.form.ReviewRequestForm;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.intake.FourEyesOnRequestReview;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The completion rules of an extradition request's review that every procedure shares (core.intake). */
@Configuration(proxyBeanMethods = false)
class ExtraditionReviewRules {

    /** Four-eyes on the review (DESIGN §4.1 requesting step 2). */
    @Bean
    TaskCompletionRule<ReviewRequestForm> fourEyesOnExtraditionReview(
            ExtraditionRecords records, CaseSubmissions submissions) {
        return new FourEyesOnRequestReview<>(ReviewRequestForm.class, records, Requesting.CORRECT_REQUEST, submissions);
    }
}
