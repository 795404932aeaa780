package org.comity.core.mla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.DecisionService;
import org.comity.core.mla.decision.MlaDecisions;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.comity.core.mla.form.GroundFound;
import org.comity.core.mla.form.MlaGroundCode;
import org.comity.core.mla.request.MlaRequest;
import org.springframework.stereotype.Service;

/**
 * Evaluates {@code MlaRefusalGrounds} for a case from the officer's findings and the facts of the
 * stored request (a summons calling a national of the requested state as a defendant). The
 * assessment form's completion rule calls it before the task completes, so that a mandatory ground
 * can never be overridden; the business rule task calls it again to record the grounds. Two rules
 * may yield the same code (ICJA Art. 14(7) and Art. 22 para. 3 are both {@code OTHER}): they are
 * merged, mandatory if either is.
 */
@Service
public class MlaGroundsAssessment {

    private final MlaRecords records;
    private final DecisionService decisions;

    MlaGroundsAssessment(MlaRecords records, DecisionService decisions) {
        this.records = records;
        this.decisions = decisions;
    }

    /** The grounds found for the case, given the officer's findings by input name (null = not established). */
    public List<GroundFound> evaluate(String caseId, Map<String, ?> findings) {
        MlaRequest request = records.requestOfCase(UUID.fromString(caseId))
                .orElseThrow(() -> new IllegalStateException("No MLA request stored for case " + caseId));
        MlaRefusalGroundsInput input = MlaRefusalGroundsInput.noGroundsIn(request.requestedState())
                .with(MlaDecisions.SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT, request.summonsOfOwnNationalAsDefendant());
        MlaRefusalGroundsInput.OFFICER_FINDINGS.stream()
                .filter(f -> Boolean.TRUE.equals(findings.get(f)))
                .forEach(f -> input.with(f, true));
        Map<MlaGroundCode, GroundFound> byCode = new LinkedHashMap<>();
        for (Map<String, Object> row : decisions
                .evaluateDecisionTableByKey(MlaDecisions.ID, input.toVariables())
                .getResultList()) {
            GroundFound ground = new GroundFound(
                    MlaGroundCode.valueOf((String) row.get(MlaDecisions.GROUND_CODE)),
                    Boolean.TRUE.equals(row.get(MlaDecisions.MANDATORY)),
                    (String) row.get(MlaDecisions.ARTICLE_REFERENCE));
            byCode.merge(
                    ground.code(),
                    ground,
                    (a, b) -> new GroundFound(
                            a.code(),
                            a.mandatory() || b.mandatory(),
                            a.articleReference() + "; " + b.articleReference()));
        }
        return List.copyOf(byCode.values());
    }

    /** Evaluates and stores the grounds of the case, replacing those of an earlier assessment. */
    public List<GroundFound> record(String caseId, Map<String, ?> findings) {
        List<GroundFound> grounds = evaluate(caseId, findings);
        records.replaceGrounds(UUID.fromString(caseId), grounds);
        return grounds;
    }
}
