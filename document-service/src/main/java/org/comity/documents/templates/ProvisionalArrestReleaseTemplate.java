package org.comity.documents.templates;

import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.documents.layout.DocumentComposer;

/**
 * Release order after provisional arrest (legal-domain.md §2.8 step A19, §7.4): the person must be
 * released when the formal request has not arrived within the period the legal basis allows.
 */
final class ProvisionalArrestReleaseTemplate implements Template<ProvisionalArrestReleaseNotice> {

	@Override
	public Class<ProvisionalArrestReleaseNotice> contentType() {
		return ProvisionalArrestReleaseNotice.class;
	}

	@Override
	public void write(ProvisionalArrestReleaseNotice notice, DocumentComposer composer) {
		SubjectSection.write("1. Person released", "被释放人", notice.person(), composer);
		composer.heading("2. Provisional arrest", "引渡拘留");
		composer.field("Arrested at", "拘留时间", Wording.dateTime(notice.arrestedAt()));
		composer.field("Place of detention", "羁押地点", Wording.written(notice.placeOfDetention()));
		composer.field("Period allowed", "法定期限", notice.periodDays() + " days / " + notice.periodDays() + " 日");
		composer.field("Released at", "释放时间", Wording.dateTime(notice.releasedAt()));
		if (notice.remarks() != null) {
			composer.field("Remarks", "备注", Wording.written(notice.remarks()));
		}
		composer.heading("3. Ground for release", "释放理由");
		composer.paragraph(Wording.both(notice.ground()));
		composer.paragraph("The person shall be released from provisional arrest forthwith. A later formal request "
				+ "for the same person is not barred by this release.\n"
				+ "应立即解除对该人的引渡拘留。解除拘留不影响此后就同一人提出正式引渡请求。");
	}

}
