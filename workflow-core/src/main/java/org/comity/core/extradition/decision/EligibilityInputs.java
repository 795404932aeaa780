package org.comity.core.extradition.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Purpose;

/**
 * Builds the {@code ExtraditionEligibility} input of every offence of a request. The table decides
 * each offence; the only thing it cannot see is the other offences, so this class computes
 * {@code accompaniesQualifyingOffence}: whether another dual-criminal offence of the same request
 * meets the legal basis' threshold, which lets a lesser dual-criminal offence ride along
 * (S10 Art. 7 para. 2; S1 Art. 2(4); legal-domain.md §2.2, §10 item 5).
 */
public final class EligibilityInputs {

    private EligibilityInputs() {}

    /**
     * One input per offence, in the order of {@code request.offences()}.
     *
     * @param assessments the officer's findings, one per offence, in the same order
     * @throws IllegalArgumentException if the numbers of offences and assessments differ
     */
    public static List<EligibilityInput> forRequest(
            ExtraditionRequest request, List<OffenceAssessment> assessments, LegalBasis basis) {
        if (assessments.size() != request.offences().size()) {
            throw new IllegalArgumentException("one assessment per offence is needed");
        }
        List<Boolean> qualifying = IntStream.range(0, assessments.size())
                .mapToObj(i -> qualifies(request, request.offences().get(i), assessments.get(i), basis))
                .toList();
        List<EligibilityInput> inputs = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            boolean accompanies = anotherQualifies(qualifying, i);
            inputs.add(input(request, request.offences().get(i), assessments.get(i), accompanies));
        }
        return inputs;
    }

    private static boolean qualifies(
            ExtraditionRequest request, Offence offence, OffenceAssessment assessment, LegalBasis basis) {
        if (!assessment.dualCriminality()) {
            return false;
        }
        if (request.purpose() == Purpose.ENFORCEMENT) {
            return request.judgment() != null
                    && request.judgment().remainingReaches(basis.enforcementMinimumRemaining(), request.requestDate());
        }
        return assessment.maximumPenaltyInRequestedLaw() != null
                && offence.maximumPenalty().reaches(basis.prosecutionMinimumPenalty())
                && assessment.maximumPenaltyInRequestedLaw().reaches(basis.prosecutionMinimumPenalty());
    }

    private static boolean anotherQualifies(List<Boolean> qualifying, int offence) {
        return IntStream.range(0, qualifying.size()).anyMatch(j -> j != offence && qualifying.get(j));
    }

    private static EligibilityInput input(
            ExtraditionRequest request, Offence offence, OffenceAssessment assessment, boolean accompanies) {
        if (request.purpose() == Purpose.ENFORCEMENT) {
            Judgment judgment = request.judgment();
            return EligibilityInput.enforcement(
                    assessment.dualCriminality(),
                    judgment == null ? null : judgment.sentenceImposed(),
                    judgment == null ? null : judgment.remainingWholeMonths(request.requestDate()),
                    accompanies);
        }
        return EligibilityInput.prosecution(
                assessment.dualCriminality(),
                offence.maximumPenalty(),
                assessment.maximumPenaltyInRequestedLaw(),
                accompanies);
    }
}
