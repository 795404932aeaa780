package org.comity.core.document;

import java.util.Objects;

/**
 * Fixed wording (titles, labels, enumerated values, capacities, state names) in English and in the
 * other language of the document. Only wording Comity itself holds in both languages belongs here;
 * what a person wrote is {@link FreeText}, printed once as written.
 */
public record BilingualText(String english, String translation) {

	public BilingualText {
		Objects.requireNonNull(english, "english");
		Objects.requireNonNull(translation, "translation");
	}

	public static BilingualText of(String english, String translation) {
		return new BilingualText(english, translation);
	}

}
