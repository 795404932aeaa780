package org.comity.core.extradition.process;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.document.BilingualText;
import org.comity.core.document.ExtraditionDecision;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.intake.GroundFound;
import org.comity.core.extradition.process.ExtraditionDocumentService.Sources;
import org.comity.core.extradition.process.ExtraditionProcesses.Requested;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_IssueDecision}: records whether extradition is granted ({@link ExtraditionOutcome})
 * and issues the decision on extradition. A court's "no extradition" cites the mandatory grounds
 * found (or {@code COND} when the court found the conditions unmet); an executive refusal cites the
 * codes the supervisor chose, each marked mandatory as the DMN table found it.
 */
@Component("extraditionDecisionIssuer")
class ExtraditionDecisionIssuer implements JavaDelegate {

    private final ExtraditionDocumentService documents;
    private final ExtraditionRecords records;

    ExtraditionDecisionIssuer(ExtraditionDocumentService documents, ExtraditionRecords records) {
        this.documents = documents;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ruling = (String) execution.getVariable(RULING);
        String decision = (String) execution.getVariable(DECISION);
        boolean granted = ExtraditionOutcome.granted(ruling, decision);
        execution.setVariable(EXTRADITION_GRANTED, granted);
        Sources sources = documents.sources(execution.getBusinessKey());
        Map<String, GroundFound> found = records.grounds(UUID.fromString(execution.getBusinessKey())).stream()
                .collect(Collectors.toMap(GroundFound::code, g -> g));
        boolean byCourt = !ExtraditionOutcome.EXTRADITABLE.equals(ruling);
        Map<String, Object> form = sources.submission(byCourt ? Requested.JUDICIAL_REVIEW : Requested.EXECUTIVE_DECISION);
        ExtraditionDecision.Outcome outcome = !granted ? ExtraditionDecision.Outcome.REFUSED
                : "POSTPONE".equals(decision) ? ExtraditionDecision.Outcome.POSTPONED : ExtraditionDecision.Outcome.GRANTED;
        List<ExtraditionDecision.RefusalGround> grounds = granted ? List.of() : grounds(byCourt, form, found);
        String reasons = String.valueOf(form.getOrDefault("reasons", ""));
        Object postponed = form.get("postponedUntil");
        documents.issue(sources, new ExtraditionDecision(sources.subject(),
                byCourt ? BilingualText.of("The court", "法院") : BilingualText.of("The executive authority", "行政主管机关"),
                outcome, grounds, BilingualText.of(reasons, reasons),
                postponed == null ? null : java.time.LocalDate.parse(postponed.toString())),
                (String) execution.getVariable(REQUESTED_STATE), (String) execution.getVariable(REQUESTING_STATE),
                granted ? ExtraditionStatus.GRANTED : ExtraditionStatus.REFUSED);
    }

    private static List<ExtraditionDecision.RefusalGround> grounds(boolean byCourt, Map<String, Object> form,
            Map<String, GroundFound> found) {
        List<String> codes;
        if (byCourt) {
            codes = found.values().stream().filter(GroundFound::mandatory).map(GroundFound::code).sorted().toList();
            if (codes.isEmpty()) {
                codes = List.of("COND");
            }
        } else {
            Object cited = form.get("groundCodes");
            codes = cited instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : Arrays.asList(String.valueOf(cited).split(","));
        }
        return codes.stream().map(code -> new ExtraditionDecision.RefusalGround(code,
                found.containsKey(code) && found.get(code).mandatory(), wording(code))).toList();
    }

    private static BilingualText wording(String code) {
        try {
            var ground = org.comity.core.extradition.form.GroundCode.valueOf(code);
            return BilingualText.of(ground.labelEn(), ground.labelZh());
        } catch (IllegalArgumentException e) {
            return BilingualText.of(code, code);
        }
    }
}
