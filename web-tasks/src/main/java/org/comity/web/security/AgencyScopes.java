package org.comity.web.security;

import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The scopes an agency's access token may carry. Reading ({@code GET}) needs {@value #READ}; every
 * other method (submitting a request, a batch, an amendment) needs {@value #WRITE}. A token requested
 * without {@code scope} carries every scope its client is registered for.
 */
final class AgencyScopes {

    /** Read the status and documents of the agency's cases. */
    static final String READ = "cases.read";

    /** Submit requests, persons and batches, and amend them. */
    static final String WRITE = "cases.write";

    static final Set<String> ALL = Set.of(READ, WRITE);

    private AgencyScopes() {}

    /** The scope a request of this method needs. */
    static String requiredFor(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) ? READ : WRITE;
    }
}
