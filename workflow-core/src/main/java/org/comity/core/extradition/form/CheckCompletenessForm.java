package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_CheckCompleteness}: the formal examination (S10 Arts. 16, 18) and the officer's
 * findings that feed the DMN tables {@code ExtraditionEligibility} and {@code ExtraditionRefusalGrounds}.
 * Findings that follow from the request itself (nationality, in absentia, death penalty) are not
 * asked here, except that the officer may establish the person's nationality of the requested state
 * under its own law where the request is silent (legal-domain.md §10 item 6); a finding left empty
 * counts as not established.
 */
@TaskForm(value = "ExtraditionCheckCompleteness", consequential = true)
@Label(en = "Check the request for completeness", zh = "审查请求是否完备")
@RequiredWhen(field = "missingItems", when = "completeness", is = "INCOMPLETE")
@RequiredWhen(field = "dualCriminality", when = "completeness", is = "COMPLETE")
@RequiredWhen(field = "maximumPenaltyInRequestedLawMonths", when = "completeness", is = "COMPLETE")
public record CheckCompletenessForm(
        @NotNull @Label(en = "Result", zh = "结论") Completeness completeness,
        @Size(max = 8000) @LongText @Label(en = "Missing items", zh = "缺少的材料") @VisibleText(multiline = true) String missingItems,
        @Min(1) @Max(365) @Label(en = "Reply within (days)", zh = "答复期限（日）")
        @Hint(en = "Only where the legal basis sets no period", zh = "仅在法律依据未规定期限时填写") Integer replyWithinDays,
        @Label(en = "Dual criminality", zh = "双重犯罪") Boolean dualCriminality,
        @Min(0) @Max(1200) @Label(en = "Maximum penalty in our law (months)", zh = "我国法律规定的最高刑（月）")
        Integer maximumPenaltyInRequestedLawMonths,
        @Label(en = "Final judgment or terminated proceedings here", zh = "我国已作出生效判决或终止诉讼")
        Boolean finalJudgmentInRequestedState,
        @Label(en = "Political offence or asylum granted", zh = "政治犯罪或已给予受庇护权") Boolean politicalOffenceOrAsylum,
        @Label(en = "Risk of persecution", zh = "可能受到不公正待遇") Boolean persecutionRisk,
        @Label(en = "Purely military offence", zh = "纯军事犯罪") Boolean purelyMilitaryOffence,
        @Label(en = "Lapse or pardon under the requesting law", zh = "依请求国法律已过时效或被赦免")
        Boolean lapseOrPardonUnderRequestingLaw,
        @Label(en = "Lapse or pardon under our law", zh = "依我国法律已过时效或被赦免") Boolean lapseOrPardonUnderRequestedLaw,
        @Label(en = "Risk of torture", zh = "可能遭受酷刑") Boolean tortureRisk,
        @Label(en = "Harms sovereignty, security or public interest", zh = "损害主权、安全或社会公共利益")
        Boolean harmsSovereigntySecurityOrPublicInterest,
        @Label(en = "Prosecution pending here", zh = "我国正在进行刑事诉讼") Boolean prosecutionPendingInRequestedState,
        @Label(en = "Humanitarian concerns", zh = "人道主义考虑") Boolean humanitarianConcerns,
        @Label(en = "Offence committed in our territory", zh = "犯罪发生在我国境内") Boolean offenceCommittedInRequestedState,
        @Label(en = "Our national under our law, though the request does not say so", zh = "依我国法律为我国国民（请求书未载明）")
        @Hint(en = "Raises the nationality ground", zh = "将构成国籍拒绝理由") Boolean nationalOfRequestedStateEstablished) {
}
