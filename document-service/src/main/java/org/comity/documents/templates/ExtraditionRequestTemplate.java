package org.comity.documents.templates;

import org.comity.core.document.BilingualText;
import org.comity.core.document.ExtraditionRequest;
import org.comity.documents.layout.DocumentComposer;

/**
 * Extradition request letter (引渡请求书), with the contents legal-domain.md §2.7 requires:
 * the person, the offences with the provisions and penalties, the facts, the warrant and the
 * undertakings given (speciality, liability, reciprocity; §2.6.3).
 */
final class ExtraditionRequestTemplate implements Template<ExtraditionRequest> {

	@Override
	public Class<ExtraditionRequest> contentType() {
		return ExtraditionRequest.class;
	}

	@Override
	public void write(ExtraditionRequest request, DocumentComposer composer) {
		composer.paragraph("The requesting state requests the extradition of the person named below for the purpose "
				+ "stated, in accordance with the legal basis cited.\n请求方依据下列法律依据，请求引渡下列人员。");
		SubjectSection.write("1. Person sought", "被请求引渡人", request.person(), composer);
		composer.heading("2. Purpose and legal basis", "请求目的及法律依据");
		composer.field("Purpose", "请求目的", Wording.both(request.purpose()));
		composer.field("Legal basis", "法律依据", Wording.both(request.legalBasis()));
		composer.field("Warrant or judgment", "逮捕证或判决书", request.warrantReference());
		composer.heading("3. Offences", "犯罪行为");
		for (ExtraditionRequest.Offence offence : request.offences()) {
			composer.field("Offence", "罪名", Wording.both(offence.description()));
			composer.field("Provision", "法律条文", offence.provision());
			composer.field("Maximum penalty", "最高刑罚", Wording.both(offence.maximumPenalty()));
		}
		composer.heading("4. Summary of facts", "案件事实摘要");
		composer.paragraph(Wording.both(request.factsSummary()));
		composer.heading("5. Undertakings", "保证事项");
		int number = 1;
		for (BilingualText assurance : request.assurances()) {
			composer.paragraph("(" + number++ + ") " + Wording.both(assurance));
		}
	}

}
