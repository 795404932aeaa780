package org.comity.core.extradition.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.Offence;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.Violation;

/**
 * Where an offence carries, or the judgment imposed, the death penalty and no assurance is given,
 * the requested state may refuse (optional ground DP: S1 Art. 4(d)); China as requesting state may
 * give such assurances (S10 Art. 50). A warning, because the assurance is only needed where the
 * requested state asks for it ({@code reference/legal-domain.md} §2.6.2, §2.7
 * {@code assurances.deathPenalty}; §10 item 7).
 */
class DeathPenaltyAssuranceAdvised implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.undertakings() == null || request.undertakings().deathPenaltyAssurance()) {
            return List.of();
        }
        Stream<Penalty> offencePenalties =
                request.offences().stream().filter(Objects::nonNull).map(Offence::maximumPenalty);
        Stream<Penalty> sentence = Stream.ofNullable(request.judgment()).map(Judgment::sentenceImposed);
        boolean death = Stream.concat(offencePenalties, sentence)
                .anyMatch(penalty -> penalty != null && penalty.kind() == PenaltyKind.DEATH);
        if (death) {
            return List.of(Violation.warning(
                    "undertakings.deathPenaltyAssurance", "extradition.deathPenalty.assuranceAdvised"));
        }
        return List.of();
    }
}
