package org.comity.core.extradition.delegate;

import java.util.List;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.law.PenaltyKind;

/**
 * The refusal-ground findings that follow from the request itself rather than from an officer:
 * nationality of the requested state, whatever other nationality the person holds (S10 Art. 8(1);
 * legal-domain.md §10 item 6), a judgment in absentia and the retrial undertaking (Art. 8(8); §10
 * item 8), a possible death penalty and its assurance (S1 Art. 4(d); §10 item 7).
 */
final class RefusalGroundsFacts {

    static final List<String> FROM_REQUEST = List.of(
            RefusalGrounds.NATIONAL_OF_REQUESTED_STATE,
            RefusalGrounds.JUDGMENT_IN_ABSENTIA,
            RefusalGrounds.RETRIAL_UNDERTAKING,
            RefusalGrounds.DEATH_PENALTY_POSSIBLE,
            RefusalGrounds.DEATH_PENALTY_ASSURANCE);

    private RefusalGroundsFacts() {}

    /**
     * Variable of {@code Task_CheckCompleteness}: the requested state established under its own law
     * that the person is its national although the request does not say so (S10 Art. 8(1): PRC
     * nationality under PRC law; legal-domain.md §10 item 6, disputed nationality). It can only add
     * the ground: a mandatory ground the request shows is never removed by a user task (DESIGN §5).
     */
    static final String NATIONALITY_ESTABLISHED = "nationalOfRequestedStateEstablished";

    /** {@link #of(ExtraditionRequest)}, with the requested state's own finding on nationality. */
    static RefusalGroundsInput of(ExtraditionRequest request, Boolean nationalityEstablished) {
        RefusalGroundsInput input = of(request);
        if (Boolean.TRUE.equals(nationalityEstablished)) {
            input.with(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true);
        }
        return input;
    }

    static RefusalGroundsInput of(ExtraditionRequest request) {
        boolean deathPenalty =
                request.offences().stream().anyMatch(o -> o.maximumPenalty().kind() == PenaltyKind.DEATH)
                        || request.judgment() != null
                                && request.judgment().sentenceImposed().kind() == PenaltyKind.DEATH;
        return RefusalGroundsInput.noGroundsIn(request.requestedState())
                .with(
                        RefusalGrounds.NATIONAL_OF_REQUESTED_STATE,
                        request.person().isNationalOf(request.requestedState()))
                .with(
                        RefusalGrounds.JUDGMENT_IN_ABSENTIA,
                        request.judgment() != null && request.judgment().inAbsentia())
                .with(RefusalGrounds.RETRIAL_UNDERTAKING, request.undertakings().retrialIfInAbsentia())
                .with(RefusalGrounds.DEATH_PENALTY_POSSIBLE, deathPenalty)
                .with(
                        RefusalGrounds.DEATH_PENALTY_ASSURANCE,
                        request.undertakings().deathPenaltyAssurance());
    }
}
