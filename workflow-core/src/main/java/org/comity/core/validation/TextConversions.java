package org.comity.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts of one request that were converted from Zawgyi to Unicode as they were read
 * ({@link Texts#nfc(String, String)}), so that the answer can say so (the API's
 * {@code Comity-Text-Converted} header, the page's notice) and the audit entry of the change can
 * keep a digest of what was originally sent. A scope is opened per HTTP request on the thread that
 * serves it; outside a scope (jobs, tests) conversions still happen and are simply not reported.
 */
public final class TextConversions {

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TextConversions() {}

    /** Opens the scope of one request on this thread; close it when the request is answered. */
    public static Scope open() {
        Scope scope = new Scope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The conversions of the open scope so far, or none. */
    public static List<Conversion> current() {
        Scope scope = CURRENT.get();
        return scope == null ? List.of() : List.copyOf(scope.conversions);
    }

    /**
     * The conversions not yet put into an audit entry, marking them as audited; the audit log calls
     * this when it records a change, in the change's own transaction.
     */
    public static List<Conversion> takeUnaudited() {
        Scope scope = CURRENT.get();
        if (scope == null || scope.audited == scope.conversions.size()) {
            return List.of();
        }
        List<Conversion> unaudited = List.copyOf(scope.conversions.subList(scope.audited, scope.conversions.size()));
        scope.audited = scope.conversions.size();
        return unaudited;
    }

    static void record(String field, String original, String unicode) {
        Scope scope = CURRENT.get();
        if (scope != null) {
            scope.conversions.add(new Conversion(field, original, unicode));
        }
    }

    /**
     * One text converted.
     *
     * @param field where it was read, e.g. {@code /persons/0/nameOriginal} or a form's field name; null if unknown
     * @param original the text as sent
     * @param unicode the text as stored
     */
    public record Conversion(String field, String original, String unicode) {}

    /** One request's conversions; closing it restores the enclosing scope, if any. */
    public static final class Scope implements AutoCloseable {

        private final Scope enclosing;
        private final List<Conversion> conversions = new ArrayList<>();
        private int audited;

        private Scope(Scope enclosing) {
            this.enclosing = enclosing;
        }

        @Override
        public void close() {
            if (enclosing == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(enclosing);
            }
        }
    }
}
