package org.comity.core.extradition.intake;

import jakarta.validation.ValidatorFactory;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.form.ReviewRequestForm;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;
import org.comity.core.intake.FourEyesOnRequestReview;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The legal-basis registry, the request validator and the four-eyes rule of the review as beans for
 * intake, task completion and the processes.
 */
@Configuration(proxyBeanMethods = false)
class ExtraditionConfiguration {

    @Bean
    LegalBasisRegistry legalBasisRegistry() {
        return LegalBasisRegistry.standard();
    }

    @Bean
    ExtraditionRequestValidator extraditionRequestValidator(
            ValidatorFactory validatorFactory, LegalBasisRegistry legalBases, JurisdictionClock clock) {
        return new ExtraditionRequestValidator(validatorFactory, legalBases, clock);
    }

    /** Four-eyes on the review of an extradition request (DESIGN §4.1). */
    @Bean
    TaskCompletionRule<ReviewRequestForm> fourEyesOnExtraditionReview(
            ExtraditionRecords records, CaseSubmissions submissions) {
        return new FourEyesOnRequestReview<>(ReviewRequestForm.class, records, Requesting.CORRECT_REQUEST, submissions);
    }
}
