package org.comity.core.validation;

import java.util.OptionalInt;
import java.util.ServiceLoader;

/**
 * Port to the document renderer: which characters the embedded fonts can draw. Text is accepted
 * only if every document it may reach can print it; otherwise the document job would fail after the
 * case was stored and the case would stall (issue #14). workflow-core only declares the port;
 * document-service implements it and registers the implementation with {@link ServiceLoader}
 * ({@code META-INF/services/org.comity.core.validation.TextCoverage}), so that the arrow between
 * the two modules keeps pointing from document-service to workflow-core. Without a renderer on
 * the class path (workflow-core's own tests) every printable character counts as drawable.
 */
public interface TextCoverage {

    /** The first code point of {@code text} that no embedded font can draw, if any. */
    OptionalInt firstUndrawable(String text);

    /** The renderer's coverage found on the class path, or one that draws everything. */
    static TextCoverage installed() {
        return Installed.COVERAGE;
    }

    /** Loaded once: the fonts behind the check are large and immutable. */
    final class Installed {

        private static final TextCoverage COVERAGE =
                ServiceLoader.load(TextCoverage.class).findFirst().orElse(text -> OptionalInt.empty());

        private Installed() {}
    }
}
