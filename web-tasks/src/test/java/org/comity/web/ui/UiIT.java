package org.comity.web.ui;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The tasklist's sign-in, session and headers. */
class UiIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void signsInWithTheFormAndOut() throws Exception {
        mvc.perform(formLogin("/login").user("cn.officer").password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/logout").with(csrf()).with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void refusesALoginWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "cn.officer").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void showsWhoIsSignedInTheirJurisdictionAndOnlyTheirTasks() throws Exception {
        String cnCase = startCase("CN");
        mvc.perform(get("/").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Li Wei")))
                .andExpect(content().string(containsString("中华人民共和国")))
                .andExpect(content().string(containsString(cnCase)));
        mvc.perform(get("/").with(user(people.loadUserByUsername("mm.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(cnCase))));
    }

    @Test
    void switchesTheLanguageToChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "zh"))
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("登录")));
    }

    @Test
    void showsAnErrorPageForUnknownPagesToPeople() throws Exception {
        mvc.perform(get("/no-such-page").accept("text/html").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isForbidden());
    }
}
