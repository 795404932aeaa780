package org.comity.core.extradition.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.GroundFound;
import org.comity.core.extradition.legalbasis.LegalBasis;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.form.FourEyesOnReview;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The extradition rules that need the case's state, checked before the engine completes a task:
 * <ul>
 * <li>four-eyes: the reviewer is neither the drafter nor the last corrector of the request; the
 * deciding supervisor did not record the ruling (DESIGN §4.1);</li>
 * <li>mandatory grounds cannot be overridden: no {@code EXTRADITABLE} ruling, no grant while one
 * stands; an optional ground needs the officer's rationale (legal-domain.md §9 item 15; DESIGN §5);</li>
 * <li>where the legal basis sets no period (UN Model Treaty Arts. 8, 11) the officer sets it.</li>
 * </ul>
 */
@Component
class ExtraditionCompletionRules implements TaskCompletionRule {

    private final ExtraditionRecords records;
    private final LegalBasisRegistry legalBases;

    ExtraditionCompletionRules(ExtraditionRecords records, LegalBasisRegistry legalBases) {
        this.records = records;
        this.legalBases = legalBases;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, Record form) {
        List<FieldError> errors = new ArrayList<>();
        if (form instanceof ReviewRequestForm) {
            fourEyesOnReview(actor, caseId, errors);
        } else if (form instanceof JudicialReviewForm ruling) {
            noExtraditableRulingOverMandatoryGround(ruling, caseId, errors);
        } else if (form instanceof ExecutiveDecisionForm decision) {
            executiveDecision(actor, decision, caseId, errors);
        } else if (form instanceof CheckCompletenessForm check && check.completeness() == Completeness.INCOMPLETE
                && check.replyWithinDays() == null && basis(caseId).supplementaryInformation().isEmpty()) {
            errors.add(new FieldError("replyWithinDays", "PeriodRequired",
                    "must be given: the legal basis sets no period for supplementary information"));
        } else if (form instanceof AgreeSurrenderForm surrender && surrender.removeWithinDays() == null
                && basis(caseId).surrender().isEmpty()) {
            errors.add(new FieldError("removeWithinDays", "PeriodRequired",
                    "must be given: the legal basis sets no period for the surrender"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void fourEyesOnReview(Actor actor, String caseId, List<FieldError> errors) {
        FourEyesOnReview.check(actor.id(), records.submitter(UUID.fromString(caseId)),
                records.submittersOf(caseId, Requesting.CORRECT_REQUEST)).ifPresent(errors::add);
    }

    private void noExtraditableRulingOverMandatoryGround(JudicialReviewForm ruling, String caseId,
            List<FieldError> errors) {
        Set<String> mandatory = mandatoryGrounds(caseId);
        if (ruling.ruling() == Ruling.EXTRADITABLE && !mandatory.isEmpty()) {
            errors.add(new FieldError("ruling", "MandatoryGroundStands",
                    "cannot be EXTRADITABLE while a mandatory refusal ground stands: " + String.join(", ", mandatory)));
        }
    }

    private void executiveDecision(Actor actor, ExecutiveDecisionForm decision, String caseId,
            List<FieldError> errors) {
        if (records.submittersOf(caseId, Requested.JUDICIAL_REVIEW).stream().findFirst()
                .filter(actor.id()::equals).isPresent()) {
            errors.add(new FieldError("decision", "FourEyes",
                    "must be taken by someone other than who recorded the court ruling"));
        }
        Set<String> mandatory = mandatoryGrounds(caseId);
        if (decision.decision() != ExecutiveDecision.REFUSE && !mandatory.isEmpty()) {
            errors.add(new FieldError("decision", "MandatoryGroundStands",
                    "must be REFUSE while a mandatory refusal ground stands: " + String.join(", ", mandatory)));
        }
        boolean discretionary = decision.decision() == ExecutiveDecision.REFUSE && decision.groundCodes() != null
                && decision.groundCodes().stream().anyMatch(code -> !mandatory.contains(code.name()));
        if (discretionary && (decision.rationale() == null || decision.rationale().isBlank())) {
            errors.add(new FieldError("rationale", "RationaleRequired",
                    "must be given when an optional refusal ground is cited"));
        }
    }

    private Set<String> mandatoryGrounds(String caseId) {
        return records.grounds(UUID.fromString(caseId)).stream().filter(GroundFound::mandatory)
                .map(GroundFound::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private LegalBasis basis(String caseId) {
        return records.requestOfCase(UUID.fromString(caseId)).map(r -> legalBases.get(r.legalBasisId()))
                .orElseThrow(() -> new IllegalStateException("No request stored for case " + caseId));
    }
}
