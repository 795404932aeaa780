package org.comity.core.mla.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.mla.decision.MlaGroundCode;

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
@Label(en = "Assess the request for mutual legal assistance", zh = "审查刑事司法协助请求")
@RequiredWhen(field = "groundCodes", when = "decision", is = "REFUSE")
@RequiredWhen(field = "reasons", when = "decision", is = {"REFUSE", "POSTPONE"})
@RequiredWhen(field = "postponedUntil", when = "decision", is = "POSTPONE")
@RequiredWhen(field = "missingInformation", when = "decision", is = "REQUEST_MORE_INFORMATION")
@RequiredWhen(field = "replyWithinDays", when = "decision", is = "REQUEST_MORE_INFORMATION")
public record MlaAssessRequestForm(
        @NotNull @Label(en = "Decision", zh = "决定") AssessmentDecision decision,
        @Label(en = "Refusal grounds", zh = "拒绝理由代码") @Size(max = 30, message = "{comity.list.Size}") List<MlaGroundCode> groundCodes,
        @Size(max = 8000) @LongText @Label(en = "Reasons", zh = "理由")
        @Hint(en = "Required for a refusal or a postponement", zh = "拒绝或暂缓执行时必填") @VisibleText(multiline = true) String reasons,
        @Size(max = 8000) @LongText @Label(en = "Rationale for a discretionary ground", zh = "酌定拒绝理由的说明")
        @Hint(en = "Required when a cited ground is optional", zh = "援引酌定拒绝理由时必填") @VisibleText(multiline = true) String rationale,
        @Future @Label(en = "Postponed until", zh = "暂缓执行至") LocalDate postponedUntil,
        @Label(en = "Execution would hinder our ongoing investigation, prosecution or trial",
                zh = "执行将妨碍我国正在进行的侦查、起诉或审判")
        @Hint(en = "Required for a postponement", zh = "暂缓执行时必须确认") Boolean hindersOngoingProceedings,
        @Size(max = 8000) @LongText @Label(en = "Information needed", zh = "需补充的材料") @VisibleText(multiline = true) String missingInformation,
        @Min(1) @Max(365) @Label(en = "Reply within (days)", zh = "答复期限（日）") Integer replyWithinDays,
        @Label(en = "The requested confidentiality can be kept", zh = "能够按请求保密")
        @Hint(en = "Required to accept a confidential request", zh = "同意执行保密请求时必填") Boolean confidentialityCanBeKept,
        @Label(en = "Request not in conformity with the requirements", zh = "请求不符合规定")
        Boolean requestNotConforming,
        @Label(en = "Harms sovereignty, security, public order or essential interests",
                zh = "损害主权、安全、社会公共利益或其他根本利益") Boolean harmsSovereigntySecurityOrPublicOrder,
        @Label(en = "Our law prohibits this for a similar domestic offence", zh = "我国法律禁止就类似国内犯罪采取该措施")
        Boolean prohibitedByDomesticLaw,
        @Label(en = "Contrary to our legal system on mutual legal assistance", zh = "违反我国刑事司法协助法律制度")
        Boolean contraryToLegalSystem,
        @Label(en = "Not an offence under our law", zh = "依我国法律不构成犯罪") Boolean noDualCriminality,
        @Label(en = "Final judgment or terminated proceedings here", zh = "我国已作出生效判决或终止诉讼")
        Boolean finalJudgmentInRequestedState,
        @Label(en = "Proceedings for the same conduct pending here", zh = "我国正就同一行为进行刑事诉讼")
        Boolean proceedingsPendingInRequestedState,
        @Label(en = "Time-barred, amnesty or pardon", zh = "已过追诉时效或已被赦免") Boolean timeBarredOrPardoned,
        @Label(en = "Political offence", zh = "政治犯罪") Boolean politicalOffence,
        @Label(en = "Purely military offence", zh = "纯军事犯罪") Boolean purelyMilitaryOffence,
        @Label(en = "Risk of persecution or discrimination", zh = "可能受到不公正待遇") Boolean persecutionRisk,
        @Label(en = "No substantial link between the request and the case", zh = "请求事项与案件缺乏实质性联系")
        Boolean noSubstantialLink,
        @Label(en = "Another ground provided by our law", zh = "我国法律规定的其他情形") Boolean otherGroundProvidedByLaw) {
}
