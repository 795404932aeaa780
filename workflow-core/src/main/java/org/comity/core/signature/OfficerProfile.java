package org.comity.core.signature;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.comity.core.document.PersonName;
import org.comity.core.text.MultilingualText;

/**
 * How an officer is named on the documents they sign: the name in their own script and in Latin,
 * and title, authority and place in English and in the officer's language.
 */
public record OfficerProfile(
        String username, PersonName name, MultilingualText title, MultilingualText authority, MultilingualText place) {

    /**
     * The key of a profile's text in the officer's own language. The configuration and table
     * {@code comity_officer_profile} hold each text in English and in the officer's language without
     * naming that language ({@code title-local}), so it is keyed as undetermined (BCP 47 {@code und});
     * a document in a language the profile lacks prints this text, the officer's own wording.
     */
    public static final String OWN_LANGUAGE = "und";

    /** A text of a profile, in English and in the officer's own language. */
    public static MultilingualText text(String english, String own) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", english);
        texts.put(OWN_LANGUAGE, own);
        return MultilingualText.of(texts);
    }

    public OfficerProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(place, "place");
    }
}
