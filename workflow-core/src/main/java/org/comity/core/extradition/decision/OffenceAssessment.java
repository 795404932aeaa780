package org.comity.core.extradition.decision;

import org.comity.core.law.Penalty;

/**
 * The requested state's officer's findings on one offence of a request, which the request itself
 * cannot contain (S10 Art. 7 para. 1; legal-domain.md §2.7 {@code offence.dualCriminality},
 * {@code offence.maxPenaltyRequested}).
 *
 * @param dualCriminality the conduct is an offence under the requested state's law too
 * @param maximumPenaltyInRequestedLaw the maximum penalty the requested state's law provides;
 *     may be null for a request to enforce a sentence
 */
public record OffenceAssessment(boolean dualCriminality, Penalty maximumPenaltyInRequestedLaw) {}
