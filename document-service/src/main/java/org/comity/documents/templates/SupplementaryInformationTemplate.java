package org.comity.documents.templates;

import org.comity.core.document.FreeText;
import org.comity.core.document.SupplementaryInformationRequest;
import org.comity.documents.layout.DocumentComposer;

/**
 * Request for supplementary material (legal-domain.md §2.8 step A5): what is missing, the time
 * limit, and what happens if nothing arrives.
 */
final class SupplementaryInformationTemplate implements Template<SupplementaryInformationRequest> {

	@Override
	public Class<SupplementaryInformationRequest> contentType() {
		return SupplementaryInformationRequest.class;
	}

	@Override
	public void write(SupplementaryInformationRequest request, DocumentComposer composer) {
		composer.field("Request concerned", "所涉请求", request.requestReference());
		SubjectSection.write("1. Person concerned", "被请求引渡人", request.person(), composer);
		composer.heading("2. Material requested", "需补充的材料");
		composer.paragraph("The materials submitted are insufficient for a decision. The requesting state is asked "
				+ "to supply the following.\n所提交的材料不足以作出决定，请请求方补充下列材料。");
		int number = 1;
		for (FreeText item : request.missingItems()) {
			composer.paragraph("(" + number++ + ") " + Wording.written(item));
		}
		composer.heading("3. Time limit", "补充期限");
		composer.field("Supply by", "补充截止日期", Wording.date(request.deadline()));
		composer.field("If not supplied", "逾期后果", Wording.both(request.consequence()));
	}

}
