package org.comity.documents;

import java.util.List;
import java.util.Locale;

/**
 * The language pairs the templates are written in. The fixed wording exists in English and
 * Simplified Chinese; Burmese names and text are rendered (and shaped) wherever they occur in the
 * data, but Burmese labels are the next step (DESIGN.md §9), so a request for them is refused
 * rather than answered with a document the recipient cannot read.
 */
final class SupportedLanguages {

	private SupportedLanguages() {
	}

	static List<Locale> check(List<Locale> requested) {
		if (requested.size() != 2 || !requested.get(0).getLanguage().equals("en")
				|| !requested.get(1).getLanguage().equals("zh")) {
			throw new IllegalArgumentException("Documents are issued in English and Chinese (en, zh-Hans); got "
					+ requested);
		}
		return requested;
	}

}
