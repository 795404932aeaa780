package org.comity.web.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Any signed-in caller may use the API, an agency only within its token's scopes
 * ({@link AgencyScopes}): a read needs {@code cases.read}, anything else {@code cases.write}. What an
 * agency may see within that is decided by Comity's services, as for people.
 */
final class AgencyScopeRule implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || trust.isAnonymous(caller)) {
            return new AuthorizationDecision(false);
        }
        boolean agency = caller.getAuthorities().stream().anyMatch(a -> "ROLE_AGENCY".equals(a.getAuthority()));
        if (!agency) {
            return new AuthorizationDecision(true);
        }
        String needed = "SCOPE_" + AgencyScopes.requiredFor(context.getRequest().getMethod());
        return new AuthorizationDecision(
                caller.getAuthorities().stream().anyMatch(a -> needed.equals(a.getAuthority())));
    }

    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return (AuthorizationDecision) authorize(authentication, context);
    }
}
