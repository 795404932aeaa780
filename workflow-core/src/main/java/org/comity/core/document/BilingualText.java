package org.comity.core.document;

import java.util.Objects;

/**
 * Free text supplied in English and in the receiving state's language; the document prints both
 * because either version may be the one a court relies on.
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
