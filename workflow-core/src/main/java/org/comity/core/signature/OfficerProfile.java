package org.comity.core.signature;

import java.util.Objects;
import org.comity.core.document.BilingualText;
import org.comity.core.document.PersonName;

/**
 * How an officer is named on the documents they sign: the name in their own script and in Latin,
 * and title, authority and place in English and in the officer's language.
 */
public record OfficerProfile(String username, PersonName name, BilingualText title, BilingualText authority,
        BilingualText place) {

    public OfficerProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(place, "place");
    }
}
