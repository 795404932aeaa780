package org.comity.core.person;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised names used to find a person twice (legal-domain.md §10 items 22 and 24): among the
 * persons of repatriation batches, and between repatriation and extradition. The original
 * script name is compared after NFKC with all spaces removed (王 小明 = 王小明); the Latin name after
 * removing diacritics, case, spaces, hyphens, apostrophes and dots (Wáng Xiǎo-Míng = WANG Xiaoming).
 */
public record PersonKeys(String original, String latin) {

    public static PersonKeys of(String nameOriginal, String nameLatin) {
        return new PersonKeys(nameOriginal == null ? null : originalKey(nameOriginal), latinKey(nameLatin));
    }

    static String originalKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}·・]", "");
    }

    static String latinKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}'’.\\-]", "");
    }
}
