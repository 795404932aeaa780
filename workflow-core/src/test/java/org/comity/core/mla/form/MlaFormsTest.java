package org.comity.core.mla.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comity.core.form.FormMessages;
import org.comity.core.form.FormVariables;
import org.comity.core.form.ReviewDecision;
import org.comity.core.form.TaskForm;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.junit.jupiter.api.Test;

/** The MLA forms: registered and labelled, their cross-field rules, the evidence list (SHA-256). */
class MlaFormsTest {

    private static final String DIGEST_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String DIGEST_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    static final List<Class<? extends Record>> FORMS = List.of(
            MlaReviewRequestForm.class,
            MlaCorrectRequestForm.class,
            MlaProvideMoreInformationForm.class,
            MlaConsiderConfidentialityNoticeForm.class,
            MlaAcknowledgeEvidenceForm.class,
            MlaAssessRequestForm.class,
            MlaExecuteRequestForm.class,
            MlaExplainDelayForm.class,
            MlaDecideOnFurtherUseForm.class);

    @Test
    void everyFormHasAnMlaKeyAndEveryFieldALabelInBothLanguages() {
        assertThat(FORMS).allSatisfy(form -> {
            assertThat(form.getAnnotation(TaskForm.class).value()).startsWith("Mla");
            assertThat(form.getRecordComponents()).allSatisfy(component -> {
                String key = "form." + form.getSimpleName() + "." + component.getName();
                assertThat(FormMessages.find(key, Locale.ENGLISH)).as(key).isPresent();
                assertThat(FormMessages.text(key, Locale.CHINESE))
                        .as(key)
                        .isNotEqualTo(FormMessages.text(key, Locale.ENGLISH));
            });
        });
    }

    @Test
    void theAssessmentFormCarriesEveryFindingOfTheRefusalGroundsTable() {
        assertThat(Arrays.stream(MlaAssessRequestForm.class.getRecordComponents())
                        .map(RecordComponent::getName))
                .containsAll(MlaRefusalGroundsInput.OFFICER_FINDINGS);
    }

    @Test
    void aRefusalNeedsGroundCodesAndReasonsAndAPostponementADateAndReasons() {
        assertThat(fields(assessment(AssessmentDecision.REFUSE, null, " ", null)))
                .containsExactlyInAnyOrder("groundCodes", "reasons");
        assertThat(fields(
                        assessment(AssessmentDecision.REFUSE, List.of(MlaGroundCode.DC), "Not an offence here.", null)))
                .isEmpty();
        assertThat(fields(assessment(AssessmentDecision.POSTPONE, null, null, null)))
                .containsExactlyInAnyOrder("reasons", "postponedUntil");
        assertThat(fields(assessment(AssessmentDecision.ACCEPT, null, null, null)))
                .isEmpty();
    }

    @Test
    void askingForMoreInformationNamesItAndTheDaysToReply() {
        MlaAssessRequestForm form = new MlaAssessRequestForm(
                AssessmentDecision.REQUEST_MORE_INFORMATION,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(fields(form)).containsExactlyInAnyOrder("missingInformation", "replyWithinDays");
    }

    @Test
    void aReviewReturnNeedsReasons() {
        assertThat(fields(new MlaReviewRequestForm(ReviewDecision.RETURN, null)))
                .containsExactly("reasons");
    }

    @Test
    void anExecutionListsEvidenceWithValidDigestsOrTheObstacles() {
        assertThat(fields(execution(ExecutionOutcome.EXECUTED, null, null))).containsExactly("evidenceItems");
        assertThat(fields(execution(ExecutionOutcome.NOT_EXECUTED, null, null))).containsExactly("obstacles");
        assertThat(fields(execution(
                        ExecutionOutcome.EXECUTED,
                        "Statement of account | KBZ Bank | " + DIGEST_A + "\nCall records | MPT | " + DIGEST_B,
                        null)))
                .isEmpty();
        assertThat(messages(execution(
                        ExecutionOutcome.PARTIALLY_EXECUTED,
                        "Statement | KBZ Bank | abc123\n | MPT | " + DIGEST_A + "\nCopy | MPT | "
                                + DIGEST_A.toUpperCase() + "\nno separators",
                        "The subscriber is unknown")))
                .containsExactly(
                        "line 1: the SHA-256 must be 64 hexadecimal digits",
                        "line 2: the description must be given (at most 2000 characters)",
                        "line 3: the same SHA-256 as line 2 (the same content twice)",
                        "line 4: write description | source | SHA-256");
    }

    @Test
    void readsTheEvidenceListIntoItemsWithLowerCaseDigests() {
        assertThat(EvidenceItems.parse("\n Call records 2025 | MPT, Yangon | " + DIGEST_A.toUpperCase() + " \n"))
                .containsExactly(new EvidenceItem("Call records 2025", "MPT, Yangon", DIGEST_A));
        assertThatThrownBy(() -> EvidenceItems.parse("x | y | z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEvidenceListNeverReachesTheEngine() {
        assertThat(FormVariables.of(execution(ExecutionOutcome.EXECUTED, "A | B | " + DIGEST_A, null)))
                .doesNotContainKeys("evidenceItems", "measuresTaken", "executingAuthority")
                .containsKey("outcome");
    }

    @Test
    void consentWithConditionsNamesThemAndARefusalItsReasons() {
        assertThat(fields(new MlaDecideOnFurtherUseForm(FurtherUseDecision.CONSENT_WITH_CONDITIONS, null, null)))
                .containsExactly("conditions");
        assertThat(fields(new MlaDecideOnFurtherUseForm(FurtherUseDecision.REFUSE, null, null)))
                .containsExactly("reasons");
    }

    @Test
    void anAcknowledgementExplainsMismatchedDigestsAndNamesTheOtherProceedings() {
        assertThat(fields(
                        new MlaAcknowledgeEvidenceForm(LocalDate.now(), false, null, FurtherUse.REQUEST_CONSENT, null)))
                .containsExactlyInAnyOrder("discrepancies", "otherProceedings");
        assertThat(fields(new MlaAcknowledgeEvidenceForm(LocalDate.now(), true, null, FurtherUse.NONE, null)))
                .isEmpty();
    }

    private static MlaAssessRequestForm assessment(
            AssessmentDecision decision, List<MlaGroundCode> codes, String reasons, LocalDate postponedUntil) {
        return new MlaAssessRequestForm(
                decision,
                codes,
                reasons,
                null,
                postponedUntil,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static MlaExecuteRequestForm execution(ExecutionOutcome outcome, String evidence, String obstacles) {
        return new MlaExecuteRequestForm(
                outcome,
                OffsetDateTime.now().minusHours(1),
                "Myanmar Police Force",
                "Records obtained from the bank and the operator.",
                evidence,
                obstacles);
    }

    private List<String> fields(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }

    private List<String> messages(Object form) {
        return validator.validate(form).stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .toList();
    }
}
