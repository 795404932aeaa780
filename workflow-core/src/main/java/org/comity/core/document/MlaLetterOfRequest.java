package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Letter of request for mutual legal assistance, with the harmonised fields of legal-domain.md
 * §4.1 (UNTOC 18(15), UNCAC 46(15), China ICJA Art. 13).
 *
 * @param deadline optional desired time limit, may be {@code null}
 */
public record MlaLetterOfRequest(BilingualText requestingAuthority, BilingualText proceeding,
		BilingualText factsSummary, BilingualText applicableLaw, List<BilingualText> assistanceSought,
		List<Subject> personsConcerned, BilingualText purpose, BilingualText relevance, LocalDate deadline,
		boolean confidential) implements DocumentContent {

	public MlaLetterOfRequest {
		assistanceSought = List.copyOf(assistanceSought);
		personsConcerned = List.copyOf(personsConcerned);
	}

	@Override
	public DocumentType type() {
		return DocumentType.MLA_LETTER_OF_REQUEST;
	}

}
