package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.ExtraditionDecision;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

/**
 * Decision on extradition (legal-domain.md §2.6, steps A12–A16): the outcome, and for a refusal
 * each ground by its code with whether it is mandatory, so that the requesting state can see which
 * grounds a new request could overcome.
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
		if (!decision.grounds().isEmpty()) {
			composer.heading(section++ + ". Grounds", "理由依据");
			composer.table(groundsTable(decision));
		}
		composer.heading(section + ". Reasons", "决定理由");
		composer.paragraph(Wording.both(decision.reasons()));
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
