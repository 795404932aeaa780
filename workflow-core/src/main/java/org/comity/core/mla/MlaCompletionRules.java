package org.comity.core.mla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.form.FormVariables;
import org.comity.core.form.FourEyesOnReview;
import org.comity.core.identity.Actor;
import org.comity.core.mla.decision.GroundFound;
import org.comity.core.mla.decision.MlaGroundCode;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.form.AssessmentDecision;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.mla.form.MlaReviewRequestForm;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Texts;
import org.springframework.stereotype.Component;

/**
 * The MLA rules that need the case's state, checked before the engine completes a task:
 * <ul>
 * <li>four-eyes: the supervisor who reviews a request neither drafted nor last corrected it
 * (DESIGN §4.3);</li>
 * <li>the assessment's grounds are those {@code MlaRefusalGrounds} finds on the officer's findings
 * and the request: a mandatory ground can never be overridden, so only a refusal citing it is
 * accepted; a cited ground must have been found; a cited optional ground needs the officer's
 * rationale (legal-domain.md §9 items 14, 15; DESIGN §5);</li>
 * <li>a postponement rests on ongoing proceedings that execution would hinder (UNTOC Art. 18(25);
 * ICJA Art. 16);</li>
 * <li>a confidential request is accepted only with the answer whether the confidentiality can be
 * kept; if not, the requesting state is notified (UNTOC Art. 18(20); §9 item 16, §10 item 19).</li>
 * </ul>
 */
@Component
class MlaCompletionRules implements TaskCompletionRule {

    private final MlaRecords records;
    private final CaseSubmissions submissions;
    private final MlaGroundsAssessment assessment;

    MlaCompletionRules(MlaRecords records, CaseSubmissions submissions, MlaGroundsAssessment assessment) {
        this.records = records;
        this.submissions = submissions;
        this.assessment = assessment;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, Record form) {
        List<FieldError> errors = new ArrayList<>();
        if (form instanceof MlaReviewRequestForm) {
            fourEyesOnReview(actor, caseId, errors);
        } else if (form instanceof MlaAssessRequestForm assessed) {
            groundsOfAssessment(assessed, caseId, errors);
            postponementAndConfidentiality(assessed, caseId, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void fourEyesOnReview(Actor actor, String caseId, List<FieldError> errors) {
        FourEyesOnReview.check(actor.id(), records.drafter(UUID.fromString(caseId)),
                submissions.submittersOf(caseId, Requesting.CORRECT_REQUEST)).ifPresent(errors::add);
    }

    private void groundsOfAssessment(MlaAssessRequestForm form, String caseId, List<FieldError> errors) {
        Map<String, Object> findings = FormVariables.asPlainValues(form);
        Map<MlaGroundCode, GroundFound> found = assessment.evaluate(caseId, findings).stream()
                .collect(Collectors.toMap(GroundFound::code, g -> g));
        Set<String> mandatory = found.values().stream().filter(GroundFound::mandatory).map(g -> g.code().name())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!mandatory.isEmpty() && form.decision() != AssessmentDecision.REFUSE) {
            errors.add(new FieldError("decision", "MandatoryGroundStands",
                    "must be REFUSE while a mandatory refusal ground stands: " + String.join(", ", mandatory)));
        }
        if (form.decision() != AssessmentDecision.REFUSE || form.groundCodes() == null) {
            return;
        }
        Set<String> cited = form.groundCodes().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> uncited = new TreeSet<>(mandatory);
        uncited.removeAll(cited);
        if (!uncited.isEmpty()) {
            errors.add(new FieldError("groundCodes", "MandatoryGroundStands",
                    "must cite every mandatory ground found: " + String.join(", ", uncited)));
        }
        Set<String> unfounded = cited.stream().filter(code -> !found.containsKey(MlaGroundCode.valueOf(code)))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unfounded.isEmpty()) {
            errors.add(new FieldError("groundCodes", "GroundNotFound", "cites grounds the findings do not support: "
                    + String.join(", ", unfounded) + "; record the finding, or cite only grounds found"));
        }
        boolean optionalCited = cited.stream().map(MlaGroundCode::valueOf)
                .anyMatch(code -> found.containsKey(code) && !found.get(code).mandatory());
        if (optionalCited && Texts.blank(form.rationale())) {
            errors.add(new FieldError("rationale", "RationaleRequired",
                    "must be given when an optional refusal ground is cited"));
        }
    }

    private void postponementAndConfidentiality(MlaAssessRequestForm form, String caseId, List<FieldError> errors) {
        if (form.decision() == AssessmentDecision.POSTPONE && !Boolean.TRUE.equals(form.hindersOngoingProceedings())) {
            errors.add(new FieldError("hindersOngoingProceedings", "PostponementGround",
                    "must be confirmed: a postponement needs ongoing proceedings here that execution would hinder"));
        }
        boolean confidential = records.requestOfCase(UUID.fromString(caseId)).map(r -> r.confidential()).orElse(false);
        if (form.decision() == AssessmentDecision.ACCEPT && confidential && form.confidentialityCanBeKept() == null) {
            errors.add(new FieldError("confidentialityCanBeKept", "ConfidentialityAnswerRequired",
                    "must be answered: the requesting state asked for confidentiality"));
        }
    }
}
