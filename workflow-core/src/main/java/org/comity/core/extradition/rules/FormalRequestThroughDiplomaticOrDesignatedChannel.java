package org.comity.core.extradition.rules;

import java.util.List;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.validation.Violation;

/**
 * Channel integrity ({@code reference/legal-domain.md} §9 item 1, §2.7 {@code channel}, §6): a
 * formal request reaches the requested state only through the diplomatic channel, or directly
 * through the authority a treaty designates (China: S10 Arts. 4, 10 — the Ministry of Foreign
 * Affairs unless a treaty provides otherwise; UN Model Treaty S1 Art. 5(1)). The police (China's
 * Ministry of Public Security, in writing) and INTERPOL may receive only a request for provisional
 * arrest (S10 Art. 30; S1 Art. 9(1)). A designated authority exists only where the legal basis
 * designates one, so a request under China's statute without a treaty cannot use it.
 */
class FormalRequestThroughDiplomaticOrDesignatedChannel implements ExtraditionRequestRule {

    private static final String FIELD = "channel";

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.channel() == null || request.urgency() == null) {
            return List.of();
        }
        if (request.urgency() == Urgency.ORDINARY && !request.channel().carriesFormalRequests()) {
            return List.of(Violation.error(FIELD, "extradition.channel.provisionalArrestOnly"));
        }
        boolean noAuthority = context.legalBases()
                .find(request.legalBasisId())
                .map(basis -> !basis.designatedAuthority())
                .orElse(false);
        if (request.channel() == Channel.DESIGNATED_AUTHORITY && noAuthority) {
            return List.of(Violation.error(FIELD, "extradition.channel.noDesignatedAuthority"));
        }
        return List.of();
    }
}
