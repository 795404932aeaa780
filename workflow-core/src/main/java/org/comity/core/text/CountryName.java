package org.comity.core.text;

import java.util.Objects;

/**
 * A state by its ISO 3166-1 alpha-2 code, printed by its common name in each language of a
 * document (from the JDK's CLDR data), e.g. {@code CN} as "China" and "中国"; used where a document
 * names a state by its short name rather than by the configured official name.
 *
 * @param code ISO 3166-1 alpha-2 code
 */
public record CountryName(String code) implements Text {

    public CountryName {
        Objects.requireNonNull(code, "code");
    }
}
