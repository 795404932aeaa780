package org.comity.documents.templates;

import org.comity.core.document.BilingualText;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;

/**
 * Letter of request for mutual legal assistance with the harmonised contents of legal-domain.md
 * §4.1 (UNTOC 18(15), UNCAC 46(15), ICJA Art. 13), in the order those provisions list them.
 */
final class MlaLetterOfRequestTemplate implements Template<MlaLetterOfRequest> {

	@Override
	public Class<MlaLetterOfRequest> contentType() {
		return MlaLetterOfRequest.class;
	}

	@Override
	public void write(MlaLetterOfRequest request, DocumentComposer composer) {
		composer.heading("1. Requesting authority and proceedings", "请求机关及诉讼情况");
		composer.field("Requesting authority", "请求机关", Wording.both(request.requestingAuthority()));
		composer.field("Nature of proceedings", "案件性质", Wording.both(request.proceeding()));
		composer.field("Applicable law", "适用的法律规定", Wording.both(request.applicableLaw()));
		composer.heading("2. Summary of facts", "案件事实摘要");
		composer.paragraph(Wording.both(request.factsSummary()));
		composer.heading("3. Assistance sought", "请求协助事项");
		int number = 1;
		for (BilingualText item : request.assistanceSought()) {
			composer.paragraph("(" + number++ + ") " + Wording.both(item));
		}
		composer.field("Purpose", "请求目的", Wording.both(request.purpose()));
		composer.field("Relevance to the case", "与案件的关联", Wording.both(request.relevance()));
		composer.field("Desired time limit", "希望完成的期限", Wording.date(request.deadline()));
		composer.field("Confidentiality requested", "是否要求保密", Wording.yesNo(request.confidential()));
		int person = 1;
		for (Subject subject : request.personsConcerned()) {
			SubjectSection.write("4." + person++ + " Person concerned", "涉案人员", subject, composer);
		}
	}

}
