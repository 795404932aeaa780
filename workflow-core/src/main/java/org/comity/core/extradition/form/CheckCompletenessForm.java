package org.comity.core.extradition.form;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_CheckCompleteness}: the formal examination (S10 Arts. 16, 18) and the officer's
 * findings that feed the DMN tables {@code ExtraditionEligibility} and {@code ExtraditionRefusalGrounds}.
 * Findings that follow from the request itself (nationality, in absentia, death penalty) are not
 * asked here, except that the officer may establish the person's nationality of the requested state
 * under its own law where the request is silent (legal-domain.md §10 item 6); a finding left empty
 * counts as not established.
 */
@TaskForm(value = "ExtraditionCheckCompleteness", consequential = true)
@RequiredWhen(field = "missingItems", when = "completeness", is = "INCOMPLETE")
@RequiredWhen(field = "dualCriminality", when = "completeness", is = "COMPLETE")
@RequiredWhen(field = "maximumPenaltyInRequestedLawMonths", when = "completeness", is = "COMPLETE")
public record CheckCompletenessForm(
        @NotNull Completeness completeness,

        @Size(max = 8000) @LongText @VisibleText(multiline = true)
        String missingItems,

        @Min(1) @Max(365) @Hint Integer replyWithinDays,
        Boolean dualCriminality,
        @Min(0) @Max(1200) Integer maximumPenaltyInRequestedLawMonths,
        Boolean finalJudgmentInRequestedState,
        Boolean politicalOffenceOrAsylum,
        Boolean persecutionRisk,
        Boolean purelyMilitaryOffence,
        Boolean lapseOrPardonUnderRequestingLaw,
        Boolean lapseOrPardonUnderRequestedLaw,
        Boolean tortureRisk,
        Boolean harmsSovereigntySecurityOrPublicInterest,
        Boolean prosecutionPendingInRequestedState,
        Boolean humanitarianConcerns,
        Boolean offenceCommittedInRequestedState,
        @Hint Boolean nationalOfRequestedStateEstablished) {}
