package org.comity.documents.templates;

import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

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
	public void write(ProvisionalArrestReleaseNotice notice, DocumentComposer composer, Words words) {
		SubjectSection.write("1. " + words.inline("heading.person-released"), notice.person(), composer, words);
		composer.heading("2. " + words.inline("heading.provisional-arrest"));
		composer.field(words.inline("label.arrested-at"), Wording.dateTime(notice.arrestedAt()));
		composer.field(words.inline("label.place-of-detention"), Wording.written(notice.placeOfDetention()));
		composer.field(words.inline("label.period-allowed"), notice.periodDays() + " days / " + notice.periodDays() + " 日");
		composer.field(words.inline("label.released-at"), Wording.dateTime(notice.releasedAt()));
		if (notice.remarks() != null) {
			composer.field(words.inline("label.remarks"), Wording.written(notice.remarks()));
		}
		composer.heading("3. " + words.inline("heading.ground-for-release"));
		composer.paragraph(words.lines(notice.ground()));
		composer.paragraph("The person shall be released from provisional arrest forthwith. A later formal request "
				+ "for the same person is not barred by this release.\n"
				+ "应立即解除对该人的引渡拘留。解除拘留不影响此后就同一人提出正式引渡请求。");
	}

}
