package org.comity.core.document;

import java.util.Objects;

/**
 * A state as a document names it: ISO 3166-1 alpha-2 code, English name and name in its own
 * language and script (e.g. {@code MM}, "Republic of the Union of Myanmar", Burmese script).
 */
public record JurisdictionRef(String code, String englishName, String localName) {

	public JurisdictionRef {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(englishName, "englishName");
		Objects.requireNonNull(localName, "localName");
	}

}
