package org.comity.core.extradition.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.document.ExtraditionDecision;
import org.comity.core.document.FreeText;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.GroundFound;
import org.comity.core.extradition.decision.ExtraditionOutcome;
import org.comity.core.extradition.document.ExtraditionDocumentService.Sources;
import org.comity.core.extradition.form.ExecutiveDecisionForm;
import org.comity.core.extradition.form.GroundCode;
import org.comity.core.extradition.form.JudicialReviewForm;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.signature.Signatories;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_IssueDecision}: finds whether extradition is granted ({@link ExtraditionOutcome})
 * and issues the decision on extradition. A court's "no extradition" cites the mandatory grounds
 * found (or {@code COND} when the court found the conditions unmet); an executive refusal cites the
 * codes the supervisor chose, each marked mandatory as the DMN table found it. The decision prints
 * the court's ruling, the supervisor's reasons and rationale as written, and for a grant the
 * offences granted, which bind the requesting state (speciality, S10 Art. 14).
 */
@Component
public class DecisionDocumentIssuer {

    private final ExtraditionDocumentService documents;
    private final ExtraditionRecords records;
    private final ExtraditionContents contents;

    DecisionDocumentIssuer(
            ExtraditionDocumentService documents, ExtraditionRecords records, ExtraditionContents contents) {
        this.documents = documents;
        this.records = records;
        this.contents = contents;
    }

    /**
     * Issues the decision on {@code caseId} from the court's {@code ruling} and the executive
     * {@code decision}.
     *
     * @return whether extradition is granted
     */
    public boolean issue(String caseId, String requesting, String requested, String ruling, String decision) {
        boolean granted = ExtraditionOutcome.granted(ruling, decision);
        Sources sources = documents.sources(caseId);
        Map<String, GroundFound> found =
                records.grounds(UUID.fromString(caseId)).stream().collect(Collectors.toMap(GroundFound::code, g -> g));
        boolean byCourt = !ExtraditionOutcome.EXTRADITABLE.equals(ruling);
        JudicialReviewForm court = sources.submission(Requested.JUDICIAL_REVIEW, JudicialReviewForm.class)
                .orElse(null);
        ExecutiveDecisionForm executive = byCourt
                ? null
                : sources.submission(Requested.EXECUTIVE_DECISION, ExecutiveDecisionForm.class)
                        .orElseThrow(() -> new IllegalStateException(
                                "An extraditable ruling is followed by the executive decision"));
        ExtraditionDecision.Outcome outcome = !granted
                ? ExtraditionDecision.Outcome.REFUSED
                : "POSTPONE".equals(decision)
                        ? ExtraditionDecision.Outcome.POSTPONED
                        : ExtraditionDecision.Outcome.GRANTED;
        List<ExtraditionDecision.RefusalGround> grounds = granted ? List.of() : grounds(executive, found);
        documents.issue(
                sources,
                new ExtraditionDecision(
                        contents.subject(sources.request()),
                        Phrase.of(
                                byCourt
                                        ? "extradition.deciding-authority.court"
                                        : "extradition.deciding-authority.executive"),
                        outcome,
                        grounds,
                        ruling(court, requested),
                        executive == null ? null : contents.writtenBy(requested, executive.reasons()),
                        executive == null ? null : contents.writtenBy(requested, executive.rationale()),
                        executive == null ? null : executive.postponedUntil(),
                        granted ? contents.offences(sources.request()) : List.of()),
                requested,
                requesting,
                granted ? ExtraditionStatus.GRANTED : ExtraditionStatus.REFUSED,
                List.of(documents.officerOf(
                        sources,
                        byCourt ? Requested.JUDICIAL_REVIEW : Requested.EXECUTIVE_DECISION,
                        requested,
                        Signatories.DECIDED_BY)));
        return granted;
    }

    private ExtraditionDecision.CourtRuling ruling(JudicialReviewForm court, String requested) {
        if (court == null) {
            return null;
        }
        FreeText reasons = contents.writtenBy(requested, court.reasons());
        return new ExtraditionDecision.CourtRuling(
                contents.writtenBy(requested, court.court()),
                court.rulingDate(),
                Phrase.of("extradition.ruling." + court.ruling().name()),
                reasons);
    }

    private static List<ExtraditionDecision.RefusalGround> grounds(
            ExecutiveDecisionForm executive, Map<String, GroundFound> found) {
        List<String> codes;
        if (executive == null) {
            codes = found.values().stream()
                    .filter(GroundFound::mandatory)
                    .map(GroundFound::code)
                    .sorted()
                    .toList();
            if (codes.isEmpty()) {
                codes = List.of("COND");
            }
        } else {
            codes = executive.groundCodes() == null
                    ? List.of()
                    : executive.groundCodes().stream().map(Enum::name).toList();
        }
        return codes.stream()
                .map(code -> new ExtraditionDecision.RefusalGround(
                        code, found.containsKey(code) && found.get(code).mandatory(), wording(code)))
                .toList();
    }

    private static Text wording(String code) {
        try {
            return Phrase.of("extradition.ground." + GroundCode.valueOf(code).name());
        } catch (IllegalArgumentException e) {
            return Phrase.of("extradition.ground.other", code);
        }
    }
}
