package org.comity.core.document;

import java.util.List;

/**
 * Extradition request letter (引渡请求书, legal-domain.md §2.7–2.8, step A4).
 *
 * @param purpose prosecution or enforcement of a sentence
 * @param legalBasis treaty, convention or reciprocity undertaking relied on
 * @param warrantReference the domestic arrest warrant or judgment
 * @param assurances undertakings given with the request (speciality, no death penalty, ...)
 */
public record ExtraditionRequest(Subject person, BilingualText purpose, BilingualText legalBasis,
		String warrantReference, List<Offence> offences, BilingualText factsSummary, List<BilingualText> assurances)
		implements DocumentContent {

	public ExtraditionRequest {
		offences = List.copyOf(offences);
		assurances = List.copyOf(assurances);
	}

	@Override
	public DocumentType type() {
		return DocumentType.EXTRADITION_REQUEST;
	}

	/** One offence with the provision that defines it and its maximum penalty. */
	public record Offence(BilingualText description, String provision, BilingualText maximumPenalty) {
	}

}
