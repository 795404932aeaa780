package org.comity.core.mla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.form.FormVariables;
import org.comity.core.identity.Actor;
import org.comity.core.mla.form.AssessmentDecision;
import org.comity.core.mla.form.GroundFound;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.mla.form.MlaGroundCode;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The assessment's grounds are those {@code MlaRefusalGrounds} finds on the officer's findings and the
 * request: a mandatory ground can never be overridden, so only a refusal citing it is accepted; a cited
 * ground must have been found; a cited optional ground needs the officer's rationale (legal-domain.md
 * §9 items 14, 15; DESIGN §5).
 */
@Component
@Order(1)
class AssessmentGroundsMatchFindings implements TaskCompletionRule<MlaAssessRequestForm> {

    private final MlaGroundsAssessment assessment;

    AssessmentGroundsMatchFindings(MlaGroundsAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public Class<MlaAssessRequestForm> formType() {
        return MlaAssessRequestForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, MlaAssessRequestForm form) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> findings = FormVariables.asPlainValues(form);
        Map<MlaGroundCode, GroundFound> found =
                assessment.evaluate(caseId, findings).stream().collect(Collectors.toMap(GroundFound::code, g -> g));
        Set<String> mandatory = found.values().stream()
                .filter(GroundFound::mandatory)
                .map(g -> g.code().name())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!mandatory.isEmpty() && form.decision() != AssessmentDecision.REFUSE) {
            errors.add(new FieldError(
                    "decision",
                    "MandatoryGroundStands",
                    "must be REFUSE while a mandatory refusal ground stands: " + String.join(", ", mandatory)));
        }
        if (form.decision() == AssessmentDecision.REFUSE && form.groundCodes() != null) {
            cited(form, found, mandatory, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void cited(
            MlaAssessRequestForm form,
            Map<MlaGroundCode, GroundFound> found,
            Set<String> mandatory,
            List<FieldError> errors) {
        Set<String> cited = form.groundCodes().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> uncited = new TreeSet<>(mandatory);
        uncited.removeAll(cited);
        if (!uncited.isEmpty()) {
            errors.add(new FieldError(
                    "groundCodes",
                    "MandatoryGroundStands",
                    "must cite every mandatory ground found: " + String.join(", ", uncited)));
        }
        Set<String> unfounded = cited.stream()
                .filter(code -> !found.containsKey(MlaGroundCode.valueOf(code)))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unfounded.isEmpty()) {
            errors.add(new FieldError(
                    "groundCodes",
                    "GroundNotFound",
                    "cites grounds the findings do not support: " + String.join(", ", unfounded)
                            + "; record the finding, or cite only grounds found"));
        }
        boolean optionalCited = cited.stream()
                .map(MlaGroundCode::valueOf)
                .anyMatch(code -> found.containsKey(code) && !found.get(code).mandatory());
        if (optionalCited && Texts.blank(form.rationale())) {
            errors.add(new FieldError(
                    "rationale", "RationaleRequired", "must be given when an optional refusal ground is cited"));
        }
    }
}
