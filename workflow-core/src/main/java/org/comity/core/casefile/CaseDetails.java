package org.comity.core.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts a {@link CaseKind} shows of one of its cases, as far as the reader may see them.
 *
 * @param requestingLabel message key naming the requesting side on the page (e.g. {@code case.requestingState},
 *     {@code case.holdingState})
 * @param requestedLabel message key naming the requested side ({@code case.requestedState}, {@code case.receivingState})
 * @param summary fragments adding rows to the case summary (e.g. the operation's name and dates)
 * @param links links from the summary to the kind's own pages
 * @param sections the kind's sections of the page (assurances, persons), in order
 * @param facts the typed records the API publishes alongside the case (e.g. the speciality register);
 *     found by their class with {@link #fact}
 */
public record CaseDetails(
        String requestingLabel,
        String requestedLabel,
        List<Fragment> summary,
        List<Link> links,
        List<Fragment> sections,
        List<Object> facts) {

    public CaseDetails {
        summary = List.copyOf(summary);
        links = List.copyOf(links);
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
    }

    /** The fact of this type, if the kind gives one. */
    public <T> Optional<T> fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * A part of the page the kind owns: the template fragment (in the kind's templates, e.g.
     * {@code case/extradition :: assurances}) rendered with {@code model}, a typed record.
     */
    public record Fragment(String template, Object model) {}

    /**
     * A link to a page of the kind. {@code id} is the element id, {@code labelKey} the message key of
     * its text, {@code href} the path in the application (context-relative).
     */
    public record Link(String id, String labelKey, String href) {}

    /**
     * What the reader asked of the page: {@code number} of a long list (0-based, never negative) and the
     * reader's locale for values a kind names in the reader's language.
     */
    public record Page(int number, Locale locale) {

        public Page {
            number = Math.max(0, number);
        }
    }
}
