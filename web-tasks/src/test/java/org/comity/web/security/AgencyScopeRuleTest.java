package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Which callers {@link AgencyScopeRule} lets through, by method and scope, as a table. */
class AgencyScopeRuleTest {

    private final AgencyScopeRule rule = new AgencyScopeRule();

    @ParameterizedTest(name = "{0} with {1}: {2} -> {3}")
    @CsvSource({
        "agency, SCOPE_cases.read,                  GET,    true",
        "agency, SCOPE_cases.read,                  POST,   false",
        "agency, SCOPE_cases.read,                  PUT,    false",
        "agency, SCOPE_cases.write,                 POST,   true",
        "agency, SCOPE_cases.write,                 GET,    false",
        "agency, SCOPE_cases.read SCOPE_cases.write, DELETE, true",
        "agency, '',                                GET,    false",
        "person, ROLE_OFFICER,                      POST,   true",
        "person, ROLE_AUDITOR,                      GET,    true"
    })
    void decides(String caller, String authorities, String method, boolean allowed) {
        List<String> granted =
                new java.util.ArrayList<>(List.of(authorities.isBlank() ? new String[0] : authorities.split(" ")));
        if (caller.equals("agency")) {
            granted.add("ROLE_AGENCY");
        }
        Authentication authentication = new TestingAuthenticationToken(caller, null, granted.toArray(String[]::new));

        assertThat(rule.authorize(() -> authentication, context(method)).isGranted())
                .isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"GET", "POST"})
    void refusesAnonymousCallers(String method) {
        Authentication anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(rule.authorize(() -> anonymous, context(method)).isGranted()).isFalse();
    }

    private static RequestAuthorizationContext context(String method) {
        return new RequestAuthorizationContext(new MockHttpServletRequest(method, "/api/v1/cases"));
    }
}
