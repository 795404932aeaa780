package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An officer's session: a new id at sign-in, an absolute limit of 8 hours however active it was,
 * an idle session ending on the sign-in page, a displaced one with a notice
 * (reliability-and-security.md S4).
 */
class SessionLimitsIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Test
    void givesTheSessionANewIdAtSignIn() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult signedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .session(before)
                        .param("username", "cn.officer")
                        .param("password", PASSWORD))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void endsAnActiveSessionEightHoursAfterSignIn() throws Exception {
        MockHttpSession sevenHours = signedInSession("cn.officer", Duration.ofHours(7));
        assertThat(mvc.perform(get("/tasks").session(sevenHours))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        MockHttpSession eightHours =
                signedInSession("cn.officer", Duration.ofHours(8).plusSeconds(1));
        MvcResult ended = mvc.perform(get("/tasks").session(eightHours)).andReturn();
        assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(eightHours.isInvalid()).isTrue();
    }

    @Test
    void startsTheAbsoluteClockAtTheFirstSignedInRequest() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user("mm.officer").password(PASSWORD))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/tasks").session(session));
        assertThat(session.getAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT)).isInstanceOf(Instant.class);
        assertThat((Instant) session.getAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT))
                .isBetween(TestClock.now().minusSeconds(60), TestClock.now());
    }

    @Test
    void sendsAnIdleExpiredSessionToTheSignInPage() throws Exception {
        MvcResult expired = mvc.perform(get("/tasks").with(request -> {
                    request.setRequestedSessionId("a-session-the-server-no-longer-has");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andReturn();
        assertThat(expired.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(page("/login?expired", "en")).contains("Your session has ended");
        assertThat(page("/login?expired", "zh")).contains("您的会话已结束");
    }

    @Test
    void endsTheEarlierSessionWhenTheSameOfficerSignsInAgain() throws Exception {
        MvcResult first = mvc.perform(formLogin("/login").user("mm.supervisor").password(PASSWORD))
                .andReturn();
        MockHttpSession earlier = (MockHttpSession) first.getRequest().getSession(false);
        assertThat(mvc.perform(get("/tasks").session(earlier))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        MvcResult second = mvc.perform(formLogin("/login").user("mm.supervisor").password(PASSWORD))
                .andReturn();
        MockHttpSession later = (MockHttpSession) second.getRequest().getSession(false);
        assertThat(mvc.perform(get("/tasks").session(later))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/tasks").session(earlier))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void returnsToTheTaskPageAskedForAfterSigningIn() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        MockHttpSession session = new MockHttpSession();
        MvcResult asked = mvc.perform(
                        get("/tasks/" + taskId + "?sort=DUE").session(session).accept("text/html"))
                .andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult signedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .session(session)
                        .param("username", "cn.officer")
                        .param("password", PASSWORD))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl())
                .startsWith("http://localhost/tasks/" + taskId + "?sort=DUE");
    }

    @Test
    void sendsAFormLostWithItsSessionBackToItsTaskNotToA403() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        MvcResult lost = mvc.perform(post("/tasks/" + taskId + "/complete?caseId=X&sort=DUE")
                        .param("decision", "APPROVE")
                        .with(anEndedSession()))
                .andReturn();
        assertThat(lost.getResponse().getRedirectedUrl())
                .isEqualTo("/tasks/" + taskId + "?caseId=X&sort=DUE&sessionEnded=true");
        assertThat(tasks.createTaskQuery().taskId(taskId).count())
                .as("nothing completed")
                .isOne();
        MvcResult otherForm = mvc.perform(post("/requests/new/extradition").with(anEndedSession()))
                .andReturn();
        assertThat(otherForm.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(mvc.perform(post("/tasks/" + taskId + "/complete"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a form without its token and without any session is refused")
                .isEqualTo(403);

        MockHttpSession session = signedInSession("cn.officer", Duration.ofMinutes(1));
        String page = mvc.perform(get(lost.getResponse().getRedirectedUrl()).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Your session had ended before the form was sent, so nothing was saved.");
        assertThat(mvc.perform(post("/tasks/" + taskId + "/complete")
                                .session(session)
                                .param("decision", "APPROVE"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a signed-in form without its token is still refused")
                .isEqualTo(403);
    }

    @Test
    void keepsTheSessionAliveForTheWarningsStaySignedIn() throws Exception {
        MockHttpSession session = signedInSession("cn.officer", Duration.ofMinutes(1));
        session.setMaxInactiveInterval(900); // as server.servlet.session.timeout sets it in Tomcat
        MvcResult alive =
                mvc.perform(get("/session/keep-alive").session(session)).andReturn();
        assertThat(alive.getResponse().getStatus()).isEqualTo(200);
        assertThat(alive.getResponse().getContentAsString()).isEqualTo("{\"idleTimeoutSeconds\":900}");
        assertThat(alive.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(mvc.perform(get("/session/keep-alive").accept("application/json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not signed in")
                .isIn(302, 401);
        String page = mvc.perform(get("/tasks").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-idle-seconds=\"900\"")
                .contains("data-warn-before-seconds=\"180\"")
                .contains("Stay signed in");
    }

    /** A request that carries the id of a session the server no longer has, as after the idle timeout. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor anEndedSession() {
        return request -> {
            request.setRequestedSessionId("a-session-the-server-no-longer-has");
            request.setRequestedSessionIdValid(false);
            return request;
        };
    }

    private MockHttpSession signedInSession(String username, Duration ago) {
        UserDetails officer = people.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities())));
        session.setAttribute(
                AbsoluteSessionTimeout.SIGNED_IN_AT, TestClock.now().minus(ago));
        return session;
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
