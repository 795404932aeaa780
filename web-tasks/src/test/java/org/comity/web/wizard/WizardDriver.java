package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Drives a wizard (the extradition wizard unless told) through MockMvc as one signed-in officer, as their browser's form posts would. */
final class WizardDriver {

    private static final Pattern DRAFT_URL = Pattern.compile("/requests/drafts/([0-9a-f-]{36})/");

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final String officer;
    private final String type;

    WizardDriver(MockMvc mvc, UserDetailsService people, String officer) {
        this(mvc, people, officer, ExtraditionWizard.TYPE);
    }

    /** A driver of the wizard of {@code type}. */
    WizardDriver(MockMvc mvc, UserDetailsService people, String officer, String type) {
        this.mvc = mvc;
        this.people = people;
        this.officer = officer;
        this.type = type;
    }

    RequestPostProcessor signedIn() {
        return signedIn(officer);
    }

    RequestPostProcessor signedIn(String someone) {
        return user(people.loadUserByUsername(someone));
    }

    /** Completes the first step with China's request to Myanmar and returns the new draft's id. */
    String start() throws Exception {
        return start(WizardSteps.route());
    }

    String start(Map<String, String> route) throws Exception {
        MvcResult result = mvc.perform(post("/requests/new/" + type)
                        .with(csrf())
                        .with(signedIn())
                        .params(params(route))
                        .param("action", "next"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return draftId(result.getResponse().getRedirectedUrl());
    }

    /** A new draft whose steps are complete up to (not including) {@code step}. */
    String throughTo(String step) throws Exception {
        String draft = start();
        List<Map.Entry<String, Map<String, String>>> steps = List.of(
                Map.entry("person", WizardSteps.person()),
                Map.entry("offences", WizardSteps.offences()),
                Map.entry("warrant-judgment", WizardSteps.warrant()),
                Map.entry("undertakings", WizardSteps.undertakings()));
        for (Map.Entry<String, Map<String, String>> entry : steps) {
            if (entry.getKey().equals(step)) {
                return draft;
            }
            next(draft, entry.getKey(), entry.getValue()).andExpect(status().is3xxRedirection());
        }
        return draft;
    }

    ResultActions next(String draft, String step, Map<String, String> values) throws Exception {
        return step(draft, step, values, "next");
    }

    ResultActions step(String draft, String step, Map<String, String> values, String action) throws Exception {
        return mvc.perform(post(url(draft, step))
                .with(csrf())
                .with(signedIn())
                .params(params(values))
                .param("action", action));
    }

    ResultActions submit(String draft) throws Exception {
        return mvc.perform(
                post("/requests/drafts/" + draft + "/submit").with(csrf()).with(signedIn()));
    }

    /** Two clicks on "Submit" at the same moment; returns both HTTP statuses. */
    List<Integer> submitTwiceAtOnce(String draft) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    go.await();
                    return submit(draft).andReturn().getResponse().getStatus();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> click : clicks) {
                statuses.add(click.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static MultiValueMap<String, String> params(Map<String, String> values) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        values.forEach(params::add);
        return params;
    }

    static String url(String draft, String step) {
        return "/requests/drafts/" + draft + "/" + step;
    }

    /** The draft id in a URL or page. */
    static String draftId(String text) {
        Matcher matcher = DRAFT_URL.matcher(text);
        assertThat(matcher.find()).as("a draft URL in " + text).isTrue();
        return matcher.group(1);
    }
}
