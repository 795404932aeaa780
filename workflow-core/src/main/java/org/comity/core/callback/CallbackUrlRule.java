package org.comity.core.callback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.comity.core.validation.FieldError;

/**
 * What a callback address may be: an absolute {@code https} URL (plain {@code http} only where
 * {@link CallbackSettings#allowHttp()}, the demo profile and tests), with a host, at most
 * {@value #MAX_LENGTH} characters, without user name or password (credentials in an address end up in
 * logs and proxies; the signature authenticates Comity to the receiver instead) and without a fragment
 * (never sent over HTTP, so it would name nothing). RFC 3986 §3 gives the parts; OWASP ASVS 5.0
 * V12.1 asks for TLS to every outside service.
 */
final class CallbackUrlRule {

    static final String FIELD = "url";
    static final int MAX_LENGTH = 2000;

    private CallbackUrlRule() {}

    /** The rule the address breaks, if any. */
    static Optional<FieldError> check(String url, boolean allowHttp) {
        if (url == null || url.isBlank()) {
            return broken("NotBlank", "is required");
        }
        if (url.length() > MAX_LENGTH) {
            return broken("Size", "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return broken("Url", "must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || !scheme.matches("https?")) {
            return broken("Url", "must be an absolute http(s) URL with a host");
        }
        if (scheme.equals("http") && !allowHttp) {
            return broken("Https", "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return broken("NoCredentials", "must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return broken("NoFragment", "must not contain a fragment (#...)");
        }
        return Optional.empty();
    }

    private static Optional<FieldError> broken(String rule, String message) {
        return Optional.of(new FieldError(FIELD, rule, message));
    }
}
