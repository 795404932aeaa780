package org.comity.documents.templates;

import org.comity.core.document.MlaPostponementNotice;
import org.comity.documents.layout.DocumentComposer;

/**
 * Notice of postponement of mutual legal assistance (UNTOC Art. 18(25); ICJA Art. 16 para. 2): the
 * request postponed, until when, and the reasons, i.e. the ongoing investigation, prosecution or
 * judicial proceeding execution would interfere with.
 */
final class MlaPostponementNoticeTemplate implements Template<MlaPostponementNotice> {

	@Override
	public Class<MlaPostponementNotice> contentType() {
		return MlaPostponementNotice.class;
	}

	@Override
	public void write(MlaPostponementNotice notice, DocumentComposer composer) {
		composer.heading("1. Request", "请求");
		composer.field("Request", "请求编号", notice.requestReference());
		composer.field("Decision", "决定", "Execution is postponed / 暂缓执行");
		composer.field("Postponed until", "暂缓执行至", Wording.date(notice.postponedUntil()));
		composer.paragraph("Execution would interfere with an ongoing investigation, prosecution or judicial proceeding "
				+ "in the requested state (UNTOC Art. 18(25)).\n"
				+ "执行请求将妨碍被请求国正在进行的侦查、起诉或审判（《联合国打击跨国有组织犯罪公约》第十八条第二十五款）。");
		composer.heading("2. Reasons", "理由说明");
		composer.paragraph(Wording.written(notice.reasons()));
	}

}
