package org.comity.documents.templates;

import org.comity.core.document.MlaRefusalNotice;
import org.comity.documents.layout.DocumentComposer;

/**
 * Notice of refusal of mutual legal assistance: the request refused, each ground cited (UNTOC Art.
 * 18(21); ICJA Art. 14) and the reasons (UNTOC Art. 18(23) requires them for any refusal), with the
 * rationale for an optional ground, each written once in the language it was written in.
 */
final class MlaRefusalNoticeTemplate implements Template<MlaRefusalNotice> {

	@Override
	public Class<MlaRefusalNotice> contentType() {
		return MlaRefusalNotice.class;
	}

	@Override
	public void write(MlaRefusalNotice notice, DocumentComposer composer) {
		composer.heading("1. Request", "请求");
		composer.field("Request", "请求编号", notice.requestReference());
		composer.field("Decision", "决定", "Assistance is refused / 不予提供协助");
		composer.paragraph("Reasons are given as UNTOC Art. 18(23) requires for any refusal of mutual legal assistance.\n"
				+ "依《联合国打击跨国有组织犯罪公约》第十八条第二十三款，拒绝司法协助应说明理由。");
		composer.heading("2. Grounds of refusal", "拒绝理由");
		for (MlaRefusalNotice.Ground ground : notice.grounds()) {
			composer.field(ground.code(), "理由代码", Wording.inline(ground.wording()));
		}
		composer.heading("3. Reasons", "理由说明");
		composer.paragraph(Wording.written(notice.reasons()));
		if (notice.rationale() != null) {
			composer.field("Rationale for the discretionary ground", "酌定拒绝理由的说明", Wording.written(notice.rationale()));
		}
	}

}
