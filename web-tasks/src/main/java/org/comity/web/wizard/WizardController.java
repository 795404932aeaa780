package org.comity.web.wizard;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.comity.core.casefile.CaseFile;
import org.comity.core.draft.RequestDraft;
import org.comity.core.draft.RequestDrafts;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "new request" pages: the kinds of request an officer can start and their drafts, each step
 * of a wizard, the review and the submission. Every action of a step first saves what was entered
 * (so nothing is lost if the session times out); "Next" then refuses to leave a step that still
 * has errors and shows them next to the fields with the values as entered; "Back", "add row" and
 * "remove row" never validate. Someone else's draft is "not found".
 */
@Controller
class WizardController {

    static final String SUBMITTED = "requestSubmitted";

    /** Flash attribute after an amendment: the case's reference, shown on the correction task. */
    public static final String AMENDED = "requestAmended";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WizardEngine engine;
    private final WizardPages pages;
    private final ReviewPages reviews;
    private final WizardLabels labels;
    private final StepActions actions;
    private final RequestDrafts drafts;
    private final JurisdictionRegistry jurisdictions;
    private final Amendments amendments;

    WizardController(
            WizardEngine engine,
            WizardPages pages,
            ReviewPages reviews,
            WizardLabels labels,
            StepActions actions,
            RequestDrafts drafts,
            JurisdictionRegistry jurisdictions,
            Amendments amendments) {
        this.amendments = amendments;
        this.engine = engine;
        this.pages = pages;
        this.reviews = reviews;
        this.labels = labels;
        this.actions = actions;
        this.drafts = drafts;
        this.jurisdictions = jurisdictions;
    }

    /**
     * The returned request a draft amends, with the reviewer's reasons, shown beside every step and
     * the review of an amendment draft; null elsewhere.
     */
    @ModelAttribute("amendment")
    Amendments.Notice amendment(Actor actor, @PathVariable(name = "id", required = false) String id) {
        if (id == null || actor == null) {
            return null;
        }
        return drafts.find(actor, id).flatMap(d -> amendments.notice(d, actor)).orElse(null);
    }

    /** Opens the officer's amendment of a returned request (prefilled with the request in force) at its first step. */
    @GetMapping("/cases/{caseId}/request/amend")
    String amend(Actor actor, @PathVariable String caseId) {
        RequestDraft draft = amendments.start(actor, caseId);
        return "redirect:" + WizardPages.DRAFTS + draft.id() + "/" + draft.step();
    }

    @GetMapping("/requests/new")
    String index(Actor actor, Locale locale, Model model) {
        if (!actor.role().worksOnTasks()) {
            throw new ForbiddenException("Only officers and supervisors draft requests");
        }
        ZoneId zone = jurisdictions.require(actor.jurisdiction()).zone();
        List<DraftRow> rows = new ArrayList<>();
        for (RequestDraft draft : drafts.of(actor)) {
            Optional<RequestWizard<?>> wizard = engine.all().stream()
                    .filter(w -> w.type().equals(draft.type()))
                    .findFirst();
            rows.add(new DraftRow(
                    draft.id().toString(),
                    wizard.map(WizardLabels::titleKey).orElse(null),
                    draft.type(),
                    wizard.map(w -> w.summary(engine.read(draft), locale)).orElse("—"),
                    wizard.map(w -> labels.stepTitle(w, draft.step(), locale)).orElse(draft.step()),
                    TIME.format(draft.updatedAt().atZone(zone)),
                    amendments
                            .notice(draft, actor)
                            .map(Amendments.Notice::caseReference)
                            .orElse(null)));
        }
        model.addAttribute(
                "wizards", engine.all().stream().filter(w -> w.canStart(actor)).toList());
        model.addAttribute("drafts", rows);
        return "wizard/index";
    }

    /**
     * One of the officer's drafts in the list: titles are message keys, the rest is text.
     *
     * @param amends the reference of the case whose returned request the draft amends, or null
     */
    record DraftRow(
            String id, String titleKey, String type, String summary, String step, String updated, String amends) {}

    @GetMapping("/requests/new/{type}")
    String start(Actor actor, @PathVariable String type, Locale locale, Model model) {
        RequestWizard<?> wizard = startable(actor, type);
        DraftValues values = new DraftValues(wizard.initialValues(actor), Map.of());
        WizardStep first = wizard.steps().get(0);
        return render(
                pages.step(wizard, first, "/requests/new/" + type, values, List.of(), actor, locale, false), model);
    }

    @PostMapping("/requests/new/{type}")
    String startPost(
            Actor actor,
            @PathVariable String type,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RequestWizard<?> wizard = startable(actor, type);
        DraftValues values = new DraftValues(wizard.initialValues(actor), Map.of());
        return act(actor, wizard, null, wizard.steps().get(0), values, params, locale, model, redirect, response);
    }

    @GetMapping("/requests/drafts/{id}")
    String resume(Actor actor, @PathVariable String id) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        // A step that no longer exists (the wizard changed since the draft was saved) resumes at the start.
        boolean known =
                "review".equals(draft.step()) || wizard.steps().stream().anyMatch(s -> s.id().equals(draft.step()));
        return "redirect:" + WizardPages.DRAFTS + id + "/"
                + (known ? draft.step() : wizard.steps().get(0).id());
    }

    @GetMapping("/requests/drafts/{id}/{stepId}")
    String show(
            Actor actor,
            @PathVariable String id,
            @PathVariable String stepId,
            @RequestParam(required = false) String from,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        WizardStep step = WizardEngine.step(wizard, stepId);
        DraftValues values = engine.read(draft);
        Evaluation evaluation = engine.evaluate(wizard, actor, values, locale);
        for (WizardStep earlier : wizard.steps().subList(0, wizard.steps().indexOf(step))) {
            if (!evaluation.errorsOf(earlier).isEmpty()) {
                return incomplete(id, earlier, redirect);
            }
        }
        boolean check = Boolean.TRUE.equals(model.getAttribute("check"));
        return render(
                pages.step(
                        wizard,
                        step,
                        WizardPages.DRAFTS + id + "/" + stepId,
                        values,
                        check ? evaluation.errorsOf(step) : List.of(),
                        actor,
                        locale,
                        "review".equals(from)),
                model);
    }

    @PostMapping("/requests/drafts/{id}/{stepId}")
    String post(
            Actor actor,
            @PathVariable String id,
            @PathVariable String stepId,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        WizardStep step = WizardEngine.step(wizard, stepId);
        return act(actor, wizard, draft, step, engine.read(draft), params, locale, model, redirect, response);
    }

    @GetMapping("/requests/drafts/{id}/review")
    String review(Actor actor, @PathVariable String id, Locale locale, Model model, RedirectAttributes redirect) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        DraftValues values = engine.read(draft);
        Evaluation evaluation = engine.evaluate(wizard, actor, values, locale);
        Optional<WizardStep> invalid = evaluation.firstInvalid(wizard.steps());
        if (invalid.isPresent()) {
            return incomplete(id, invalid.get(), redirect);
        }
        model.addAttribute("page", reviews.review(wizard, id, values, evaluation, List.of(), actor, locale));
        return "wizard/review";
    }

    @PostMapping("/requests/drafts/{id}/submit")
    String submit(
            Actor actor,
            @PathVariable String id,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        try {
            if (draft.amendment()) {
                CaseFile file = drafts.submit(
                        actor,
                        id,
                        locked -> engine.amend(
                                wizard,
                                actor,
                                engine.read(locked),
                                locked.amendsCaseId().toString(),
                                locale),
                        CaseFile::id);
                redirect.addFlashAttribute(AMENDED, file.reference());
                String task = amendments.correctionTaskId(file.id());
                return "redirect:" + (task == null ? "/cases/" + file.id() : "/tasks/" + task);
            }
            CaseFile file = drafts.submit(
                    actor,
                    id,
                    locked -> engine.submit(wizard, actor, engine.read(locked), "request-draft:" + locked.id(), locale),
                    CaseFile::id);
            redirect.addFlashAttribute(SUBMITTED, file.reference());
            return "redirect:/cases/" + file.id();
        } catch (InvalidInputException e) {
            DraftValues values = engine.read(draft);
            Evaluation evaluation = engine.evaluate(wizard, actor, values, locale);
            response.setStatus(422);
            model.addAttribute("page", reviews.review(wizard, id, values, evaluation, e.errors(), actor, locale));
            return "wizard/review";
        }
    }

    @GetMapping("/requests/drafts/{id}/discard")
    String confirmDiscard(Actor actor, @PathVariable String id, Locale locale, Model model) {
        RequestDraft draft = drafts.get(actor, id);
        RequestWizard<?> wizard = startable(actor, draft.type());
        model.addAttribute("draftId", id);
        model.addAttribute("titleKey", WizardLabels.titleKey(wizard));
        model.addAttribute("summary", wizard.summary(engine.read(draft), locale));
        return "wizard/discard";
    }

    @PostMapping("/requests/drafts/{id}/discard")
    String discard(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        drafts.discard(actor, id);
        redirect.addFlashAttribute("discarded", true);
        return "redirect:/requests/new";
    }

    private String act(
            Actor actor,
            RequestWizard<?> wizard,
            RequestDraft draft,
            WizardStep step,
            DraftValues values,
            MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        StepActions.Outcome outcome = actions.act(actor, wizard, draft, step, values, params, locale);
        if (outcome.page() != null) {
            response.setStatus(422);
            return render(outcome.page(), model);
        }
        if (outcome.saved()) {
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:" + outcome.redirect();
    }

    private static String incomplete(String id, WizardStep step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("check", true);
        redirect.addFlashAttribute("incomplete", true);
        return "redirect:" + WizardPages.DRAFTS + id + "/" + step.id();
    }

    private String render(StepPage page, Model model) {
        model.addAttribute("page", page);
        return "wizard/step";
    }

    private RequestWizard<?> startable(Actor actor, String type) {
        RequestWizard<?> wizard;
        try {
            wizard = engine.wizard(type);
        } catch (NotVisibleException e) {
            throw new NotVisibleException("request type", type);
        }
        if (!wizard.canStart(actor)) {
            throw new ForbiddenException("Only officers of the requesting state draft requests");
        }
        return wizard;
    }
}
