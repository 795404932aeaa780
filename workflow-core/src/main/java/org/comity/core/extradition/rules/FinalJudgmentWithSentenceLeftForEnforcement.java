package org.comity.core.extradition.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.Violation;

/**
 * A request to enforce a sentence needs a final judgment with at least the legal basis' minimum
 * (six months under China's statute) still to serve, measured at the request date, not at the date
 * of decision (S10 Arts. 7 para. 1(2), 12(1); {@code reference/legal-domain.md} §2.2, §9 items 4
 * and 7, §10 item 4). A judgment on a request to prosecute is flagged as a likely mix-up.
 */
class FinalJudgmentWithSentenceLeftForEnforcement implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.purpose() == Purpose.PROSECUTION && request.judgment() != null) {
            return List.of(Violation.warning("judgment", "extradition.judgment.enforcementOnly"));
        }
        if (request.purpose() != Purpose.ENFORCEMENT) {
            return List.of();
        }
        if (request.judgment() == null) {
            return List.of(Violation.error("judgment", "extradition.judgment.required"));
        }
        List<Violation> violations = new ArrayList<>();
        if (!request.judgment().finalJudgment()) {
            violations.add(Violation.error("judgment.finalJudgment", "extradition.judgment.notFinal"));
        }
        remainingSentence(request, context).ifPresent(violations::add);
        return violations;
    }

    private Optional<Violation> remainingSentence(ExtraditionRequest request, RuleContext context) {
        Judgment judgment = request.judgment();
        if (judgment.sentenceImposed() == null || judgment.sentenceImposed().kind() != PenaltyKind.TERM) {
            return Optional.empty();
        }
        if (judgment.remainingSentence() == null) {
            return Optional.of(Violation.error("judgment.remainingSentence", "extradition.judgment.remainingRequired"));
        }
        Optional<Period> minimum =
                context.legalBases().find(request.legalBasisId()).map(LegalBasis::enforcementMinimumRemaining);
        if (request.requestDate() == null
                || minimum.isEmpty()
                || judgment.remainingReaches(minimum.get(), request.requestDate())) {
            return Optional.empty();
        }
        return Optional.of(Violation.error("judgment.remainingSentence", "extradition.judgment.remainingTooShort")
                .with("months", minimum.get().toTotalMonths()));
    }
}
