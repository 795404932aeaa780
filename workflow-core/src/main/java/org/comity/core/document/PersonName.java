package org.comity.core.document;

import java.util.Objects;

/**
 * A name in its original script and its Latin transliteration, never split into given and
 * family name (DESIGN.md §3).
 */
public record PersonName(String original, String latin) {

    public PersonName {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(latin, "latin");
    }
}
