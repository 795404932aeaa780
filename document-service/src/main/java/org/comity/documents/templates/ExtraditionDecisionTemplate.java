package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.ExtraditionDecision;
import org.comity.core.document.ExtraditionRequest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

/**
 * Decision on extradition (legal-domain.md §2.6, steps A12–A16): the outcome, the court's ruling it
 * follows, for a refusal each ground by its code with whether it is mandatory (so that the
 * requesting state can see which grounds a new request could overcome), the reasons and the
 * rationale for a discretionary ground, and for a grant the offences granted, which the rule of
 * speciality binds the requesting state to.
 */
final class ExtraditionDecisionTemplate implements Template<ExtraditionDecision> {

	@Override
	public Class<ExtraditionDecision> contentType() {
		return ExtraditionDecision.class;
	}

	@Override
	public void write(ExtraditionDecision decision, DocumentComposer composer) {
		SubjectSection.write("1. Person concerned", "被请求引渡人", decision.person(), composer);
		composer.heading("2. Decision", "决定");
		composer.field("Deciding authority", "决定机关", Wording.both(decision.decidingAuthority()));
		composer.field("Outcome", "决定结果", Wording.both(decision.outcome().wording()));
		if (decision.outcome() == ExtraditionDecision.Outcome.POSTPONED) {
			composer.field("Postponed until", "暂缓至", Wording.date(decision.postponedUntil()));
		}
		int section = 3;
		if (decision.ruling() != null) {
			ExtraditionDecision.CourtRuling ruling = decision.ruling();
			composer.heading(section++ + ". Court ruling", "法院裁定");
			composer.field("Court", "法院", Wording.written(ruling.court()));
			composer.field("Date of the ruling", "裁定日期", Wording.date(ruling.date()));
			composer.field("Ruling", "裁定结果", Wording.both(ruling.ruling()));
			composer.field("Reasons of the court", "裁定理由", Wording.written(ruling.reasons()));
		}
		if (!decision.grounds().isEmpty()) {
			composer.heading(section++ + ". Grounds", "理由依据");
			composer.table(groundsTable(decision));
		}
		if (decision.reasons() != null || decision.rationale() != null) {
			composer.heading(section++ + ". Reasons", "决定理由");
			if (decision.reasons() != null) {
				composer.paragraph(Wording.written(decision.reasons()));
			}
			if (decision.rationale() != null) {
				composer.field("Rationale for the discretionary ground", "酌定拒绝理由的说明",
						Wording.written(decision.rationale()));
			}
		}
		if (!decision.offencesGranted().isEmpty()) {
			composer.heading(section + ". Offences for which extradition is granted", "准予引渡的犯罪");
			int number = 1;
			for (ExtraditionRequest.Offence offence : decision.offencesGranted()) {
				composer.field("Offence " + number, "罪名 " + number++, Wording.written(offence.description()));
				composer.field("Provision", "法律条文", Wording.written(offence.provisionInRequestingLaw()));
				composer.field("Committed", "犯罪时间",
						Wording.date(offence.dateFrom()) + " – " + Wording.date(offence.dateTo()));
			}
		}
	}

	private static Table groundsTable(ExtraditionDecision decision) {
		List<List<String>> rows = new ArrayList<>();
		for (ExtraditionDecision.RefusalGround ground : decision.grounds()) {
			rows.add(List.of(ground.code(), ground.mandatory() ? "Mandatory / 应当拒绝" : "Optional / 可以拒绝",
					Wording.both(ground.wording())));
		}
		return new Table(List.of(new Table.Column("Code", "代码", 1f), new Table.Column("Kind", "性质", 1.6f),
				new Table.Column("Ground", "理由", 5f)), rows, null);
	}

}
