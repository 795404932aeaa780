package org.comity.documents.fonts;

import java.util.OptionalInt;
import org.comity.core.validation.TextCoverage;

/**
 * The renderer's answer to workflow-core's {@link TextCoverage} port: a text is drawable if the
 * embedded fonts draw every character of it, chosen exactly as a document chooses them. Registered
 * in {@code META-INF/services}, so that the text rule refuses at intake, naming the field, what a
 * document job would otherwise fail on later (e.g. Hebrew, Devanagari or Khmer script, for which
 * no font is embedded; Latin, Chinese, Burmese, Arabic and Thai are).
 */
public final class FontCoverage implements TextCoverage {

    @Override
    public OptionalInt firstUndrawable(String text) {
        return FontLibrary.shared().firstUndrawable(text);
    }
}
