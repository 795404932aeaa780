package org.comity.core.mla.form;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_AssessRequest}: the requested central authority accepts, refuses, postpones or asks
 * for more information (ICJA Arts. 15–16; UNTOC Art. 18(21)–(26)), and records its findings, which
 * feed the DMN table {@code MlaRefusalGrounds} (field names are its inputs). A refusal needs ground
 * codes and written reasons (legal-domain.md §9 item 14); case-state rules — a mandatory ground is
 * never overridden, a cited optional ground needs the rationale, a postponement needs ongoing
 * proceedings it would hinder, a confidential request needs the answer whether it can be kept
 * (§9 items 15, 16; §10 item 19) — are checked by {@link MlaCompletionRules}. A finding left empty
 * counts as not established.
 */
@TaskForm(value = "MlaAssessRequest", consequential = true)
@RequiredWhen(field = "groundCodes", when = "decision", is = "REFUSE")
@RequiredWhen(
        field = "reasons",
        when = "decision",
        is = {"REFUSE", "POSTPONE"})
@RequiredWhen(field = "postponedUntil", when = "decision", is = "POSTPONE")
@RequiredWhen(field = "missingInformation", when = "decision", is = "REQUEST_MORE_INFORMATION")
@RequiredWhen(field = "replyWithinDays", when = "decision", is = "REQUEST_MORE_INFORMATION")
public record MlaAssessRequestForm(
        @NotNull AssessmentDecision decision,
        @Size(max = 30, message = "{comity.list.Size}") List<MlaGroundCode> groundCodes,

        @Size(max = 8000) @LongText @Hint @VisibleText(multiline = true)
        String reasons,

        @Size(max = 8000) @LongText @Hint @VisibleText(multiline = true)
        String rationale,

        @Future LocalDate postponedUntil,
        @Hint Boolean hindersOngoingProceedings,

        @Size(max = 8000) @LongText @VisibleText(multiline = true)
        String missingInformation,

        @Min(1) @Max(365) Integer replyWithinDays,
        @Hint Boolean confidentialityCanBeKept,
        Boolean requestNotConforming,
        Boolean harmsSovereigntySecurityOrPublicOrder,
        Boolean prohibitedByDomesticLaw,
        Boolean contraryToLegalSystem,
        Boolean noDualCriminality,
        Boolean finalJudgmentInRequestedState,
        Boolean proceedingsPendingInRequestedState,
        Boolean timeBarredOrPardoned,
        Boolean politicalOffence,
        Boolean purelyMilitaryOffence,
        Boolean persecutionRisk,
        Boolean noSubstantialLink,
        Boolean otherGroundProvidedByLaw) {}
