package org.comity.core.extradition.delegate;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.GroundFound;
import org.comity.core.extradition.decision.EligibilityInput;
import org.comity.core.extradition.decision.EligibilityInputs;
import org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.OffenceAssessment;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.law.Penalty;
import org.springframework.stereotype.Component;

/**
 * Business rule task {@code BusinessRuleTask_RefusalGrounds}: evaluates {@code ExtraditionEligibility}
 * per offence and {@code ExtraditionRefusalGrounds} (COLLECT) on the facts of the stored request
 * and the officer's findings (and whether an earlier request for the same matter was abandoned), stores the grounds in Comity (forms check them there) and writes
 * their codes as variables for the gateways and the case view.
 */
@Component
class RefusalGroundsAssessor {

    /** Form variables with the officer's findings on the offences. */
    static final String DUAL_CRIMINALITY = "dualCriminality";

    static final String PENALTY_MONTHS_IN_REQUESTED_LAW = "maximumPenaltyInRequestedLawMonths";

    /** Findings this task establishes itself, which no form variable may set. */
    private static final List<String> COMPUTED_HERE =
            List.of(RefusalGrounds.CONDITIONS_MET, RefusalGrounds.EARLIER_SURRENDER_ABANDONED);

    private final ExtraditionRecords records;
    private final LegalBasisRegistry legalBases;

    RefusalGroundsAssessor(ExtraditionRecords records, LegalBasisRegistry legalBases) {
        this.records = records;
        this.legalBases = legalBases;
    }

    /** Finds the grounds of the case of {@code execution}, stores them and writes their codes. */
    void assess(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getBusinessKey());
        ExtraditionRequest request = records.request(UUID.fromString((String) execution.getVariable(REQUEST_ID)));
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        RefusalGroundsInput input = RefusalGroundsFacts.of(
                        request, (Boolean) execution.getVariable(RefusalGroundsFacts.NATIONALITY_ESTABLISHED))
                .with(RefusalGrounds.CONDITIONS_MET, conditionsMet(request, execution, decisions))
                .with(RefusalGrounds.EARLIER_SURRENDER_ABANDONED, earlierAbandoned(caseId, request));
        RefusalGroundsInput.FINDINGS.stream()
                .filter(f -> execution.getVariable(f) instanceof Boolean)
                .filter(f -> !RefusalGroundsFacts.FROM_REQUEST.contains(f) && !COMPUTED_HERE.contains(f))
                .forEach(f -> input.with(f, (Boolean) execution.getVariable(f)));
        List<GroundFound> grounds =
                decisions.evaluateDecisionTableByKey(RefusalGrounds.ID, input.toVariables()).getResultList().stream()
                        .map(RefusalGroundsAssessor::ground)
                        .toList();
        records.replaceGrounds(caseId, grounds);
        List<String> mandatory = grounds.stream()
                .filter(GroundFound::mandatory)
                .map(GroundFound::code)
                .toList();
        execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
        execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
        execution.setVariable(
                OPTIONAL_GROUNDS,
                String.join(
                        ",",
                        grounds.stream()
                                .filter(g -> !g.mandatory())
                                .map(GroundFound::code)
                                .toList()));
    }

    /**
     * Whether the requesting state already let an extradition of this person for the same offence
     * lapse by not taking the person over: the ministry may then refuse (S10 Art. 40; §10 item 12).
     */
    private boolean earlierAbandoned(UUID caseId, ExtraditionRequest request) {
        return records
                .requestsBetween(
                        request.requestingState(),
                        request.requestedState(),
                        List.of(ExtraditionStatus.ABANDONED.name()),
                        caseId)
                .stream()
                .anyMatch(earlier -> SameMatter.of(earlier.request(), request));
    }

    private boolean conditionsMet(ExtraditionRequest request, DelegateExecution execution, DecisionService decisions) {
        boolean dualCriminality = !Boolean.FALSE.equals(execution.getVariable(DUAL_CRIMINALITY));
        Number months = (Number) execution.getVariable(PENALTY_MONTHS_IN_REQUESTED_LAW);
        Penalty requested = months == null ? null : Penalty.months(months.intValue());
        List<OffenceAssessment> assessments = request.offences().stream()
                .map(o -> new OffenceAssessment(dualCriminality, requested))
                .toList();
        List<EligibilityInput> inputs =
                EligibilityInputs.forRequest(request, assessments, legalBases.get(request.legalBasisId()));
        return inputs.stream()
                .allMatch(in -> Boolean.TRUE.equals(decisions
                        .evaluateDecisionTableByKey(Eligibility.ID, in.toVariables())
                        .getSingleResult()
                        .getEntry(Eligibility.ELIGIBLE)));
    }

    private static GroundFound ground(Map<String, Object> row) {
        return new GroundFound(
                (String) row.get(RefusalGrounds.GROUND_CODE),
                Boolean.TRUE.equals(row.get(RefusalGrounds.MANDATORY)),
                (String) row.get(RefusalGrounds.ARTICLE_REFERENCE));
    }
}
