package org.comity.web.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.casefile.RequestVersions;
import org.comity.core.extradition.ExtraditionRequests;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.MlaRecords;
import org.comity.web.wizard.StepPage.Link;
import org.springframework.stereotype.Component;

/**
 * Shows a submitted extradition or MLA request the way its drafter saw it before submitting it: the
 * stored request (read from Comity's request tables, never from process variables) is laid out by
 * the wizard's own review page ({@link ReviewPages}), with the wizard's labels and the validator's
 * warnings as points to check. One place renders a request for its drafter and its reviewers, so
 * that what a supervisor approves is what the officer wrote. Also compares two stored versions of a
 * request ({@link RequestVersions}) value by value, for a reviewer to see what changed after a return.
 */
@Component
public class SubmittedRequests {

    private final WizardEngine engine;
    private final ReviewPages reviews;
    private final ExtraditionRequests extraditions;
    private final MlaRecords mlas;
    private final RequestVersions versions;
    private final ObjectMapper mapper;
    private final JurisdictionRegistry jurisdictions;

    SubmittedRequests(
            WizardEngine engine,
            ReviewPages reviews,
            ExtraditionRequests extraditions,
            MlaRecords mlas,
            RequestVersions versions,
            ObjectMapper mapper,
            JurisdictionRegistry jurisdictions) {
        this.engine = engine;
        this.reviews = reviews;
        this.extraditions = extraditions;
        this.mlas = mlas;
        this.versions = versions;
        this.mapper = mapper;
        this.jurisdictions = jurisdictions;
    }

    /** The case's request as submitted (its version in force), with its points to check; empty if it has none. */
    public Optional<RequestSheet> sheet(CaseFile caseFile, Actor actor, Locale locale) {
        return stored(caseFile).map(r -> sheet(wizardOf(caseFile.type()), r, true, actor, locale));
    }

    /**
     * What differs between the version of the case's request that was in force at {@code seen} and
     * the version in force now; empty if it has not been amended since (or has no stored versions).
     */
    public List<RequestSheet.Change> changesSince(CaseFile caseFile, Instant seen, Actor actor, Locale locale) {
        if (caseFile.type() != CaseType.EXTRADITION && caseFile.type() != CaseType.MLA) {
            return List.of();
        }
        RequestWizard<?> wizard = wizardOf(caseFile.type());
        List<? extends RequestVersions.Version<?>> all = versions.of(caseFile.id(), wizard.model());
        Optional<? extends RequestVersions.Version<?>> then =
                all.stream().filter(v -> !v.storedAt().isAfter(seen)).reduce((a, b) -> b);
        if (then.isEmpty() || then.get().number() == all.get(all.size() - 1).number()) {
            return List.of();
        }
        Map<String, String> before =
                sheet(wizard, then.get().request(), false, actor, locale).byPlace();
        Map<String, String> after = sheet(wizard, all.get(all.size() - 1).request(), false, actor, locale)
                .byPlace();
        Set<String> places = new LinkedHashSet<>(after.keySet());
        places.addAll(before.keySet());
        List<RequestSheet.Change> changes = new ArrayList<>();
        for (String place : places) {
            if (!Objects.equals(before.get(place), after.get(place))) {
                changes.add(new RequestSheet.Change(place, before.get(place), after.get(place)));
            }
        }
        return changes;
    }

    private RequestWizard<?> wizardOf(CaseType type) {
        return engine.wizard(wizardType(type));
    }

    /** The wizard that drafts a case's kind of request. */
    static String wizardType(CaseType type) {
        return type == CaseType.EXTRADITION ? ExtraditionWizard.TYPE : MlaWizard.TYPE;
    }

    /** The case's request in force as the wizard's values, for an amendment to start from; empty if it has none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<DraftValues> current(CaseFile caseFile, RequestWizard<?> wizard) {
        return stored(caseFile).map(r -> draftOf((RequestWizard) wizard, r));
    }

    private Optional<Object> stored(CaseFile caseFile) {
        return Optional.ofNullable(
                switch (caseFile.type()) {
                    case EXTRADITION ->
                        extraditions.requestOfCase(caseFile.id()).orElse(null);
                    case MLA -> mlas.requestOfCase(caseFile.id()).orElse(null);
                    default -> null;
                });
    }

    @SuppressWarnings("unchecked")
    private <T> RequestSheet sheet(
            RequestWizard<T> wizard, Object stored, boolean withWarnings, Actor actor, Locale locale) {
        T request = (T) stored;
        DraftValues values = draftOf(wizard, request);
        List<org.comity.core.validation.FieldError> warnings =
                withWarnings ? wizard.validate(request, locale).warnings() : List.of();
        ReviewPage page =
                reviews.review(wizard, "", values, new Evaluation(List.of(), warnings), List.of(), actor, locale);
        List<RequestSheet.Section> sections = new ArrayList<>();
        String requesting = values.get("requestingState");
        if (requesting != null) {
            sections.add(new RequestSheet.Section(
                    page.wizardTitle(),
                    List.of(new RequestSheet.Group(
                            null,
                            List.of(new RequestSheet.Entry(
                                    page.fixed().isEmpty()
                                            ? "requestingState"
                                            : page.fixed().get(0).label(),
                                    Choices.servedState(jurisdictions, requesting, locale)))))));
        }
        for (ReviewPage.Section section : page.sections()) {
            sections.add(new RequestSheet.Section(section.title(), groups(section)));
        }
        return new RequestSheet(
                page.wizardTitle(),
                sections,
                page.warnings().stream().map(Link::text).toList());
    }

    private static List<RequestSheet.Group> groups(ReviewPage.Section section) {
        List<RequestSheet.Group> groups = new ArrayList<>();
        List<RequestSheet.Entry> singles = new ArrayList<>();
        for (ReviewPage.Block block : section.blocks()) {
            if (block.entry() != null) {
                singles.add(new RequestSheet.Entry(
                        block.entry().label(), block.entry().value()));
                continue;
            }
            if (!singles.isEmpty()) {
                groups.add(new RequestSheet.Group(null, List.copyOf(singles)));
                singles.clear();
            }
            groups.add(new RequestSheet.Group(
                    block.rows().title(),
                    block.rows().rows().stream()
                            .flatMap(row -> row.entries().stream())
                            .map(e -> new RequestSheet.Entry(e.label(), e.value()))
                            .toList()));
        }
        if (!singles.isEmpty()) {
            groups.add(new RequestSheet.Group(null, singles));
        }
        return groups;
    }

    /** The request flattened to the wizard's model paths, as its draft would have held it. */
    private <T> DraftValues draftOf(RequestWizard<T> wizard, T request) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> rows = new TreeMap<>();
        flatten("", mapper.valueToTree(request), values, rows);
        wizard.fromModel(values);
        return new DraftValues(values, rows);
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values, Map<String, Integer> rows) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(f ->
                            flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), values, rows));
        } else if (node.isArray()) {
            rows.put(path, node.size());
            Set<Boolean> scalar = new HashSet<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                scalar.add(node.get(i).isValueNode());
                texts.add(node.get(i).asText());
                flatten(path + "[" + i + "]", node.get(i), values, rows);
            }
            if (!scalar.contains(false) && !texts.isEmpty()) {
                values.put(path, DraftValues.join(texts)); // a multiple choice is one text
            }
        } else {
            values.put(path, node.asText());
        }
    }
}
