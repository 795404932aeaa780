package org.comity.web.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.extradition.ExtraditionProcesses;
import org.comity.core.extradition.ExtraditionRequests;
import org.comity.core.extradition.form.GroundCode;
import org.comity.core.form.Labelled;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.MlaProcesses;
import org.comity.core.mla.MlaRecords;
import org.comity.core.task.SubjectFacts;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The findings so far beside the tasks where a state decides or reviews: what its own officers
 * recorded in the earlier steps of the same side of the case (completeness answers and missing
 * items, the court's ruling and reasons, a returned request's reasons and corrections, the
 * assessment) in the forms' own words, and the refusal grounds the decision table found. Only the
 * task's own process instance is read, which is one state's side: the other state's internal steps
 * are never shown. The findings are case data, so their showing is logged as a consultation.
 */
@Component
class TaskFindingsContext implements TaskContextProvider {

    static final String PURPOSE = "Decide on the findings recorded so far in this case";

    private static final Set<String> EXTRADITION_GROUNDS =
            Set.of(ExtraditionProcesses.Requested.JUDICIAL_REVIEW, ExtraditionProcesses.Requested.EXECUTIVE_DECISION);

    private final TaskWork work;
    private final TaskSubjectAnswers answers;
    private final ExtraditionRequests extraditions;
    private final MlaRecords mlas;
    private final Consultations consultations;
    private final JurisdictionRegistry jurisdictions;
    private final MessageSource messages;

    TaskFindingsContext(
            TaskWork work,
            TaskSubjectAnswers answers,
            ExtraditionRequests extraditions,
            MlaRecords mlas,
            Consultations consultations,
            JurisdictionRegistry jurisdictions,
            MessageSource messages) {
        this.work = work;
        this.answers = answers;
        this.extraditions = extraditions;
        this.mlas = mlas;
        this.consultations = consultations;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.copyOf(java.util.List.of( // the two kinds share some task ids
                ExtraditionProcesses.Requesting.REVIEW_REQUEST,
                ExtraditionProcesses.Requested.JUDICIAL_REVIEW,
                ExtraditionProcesses.Requested.EXECUTIVE_DECISION,
                ExtraditionProcesses.Requested.CHECK_COMPLETENESS,
                MlaProcesses.Requesting.REVIEW_REQUEST,
                MlaProcesses.Requested.ASSESS_REQUEST,
                MlaProcesses.Requested.EXECUTE_REQUEST,
                MlaProcesses.Requested.DECIDE_ON_FURTHER_USE));
    }

    @Override
    public List<TaskContext> contextOf(Actor actor, TaskView task) {
        Locale locale = LocaleContextHolder.getLocale();
        UUID caseId = Uuids.parse(task.caseId()).orElse(null);
        List<SubjectFacts.EarlierAnswer> earlier = work.earlierAnswers(actor, task.id());
        List<TaskContext.Row> rows = new ArrayList<>(answers.rows(
                earlier, locale, jurisdictions.require(actor.jurisdiction()).zone()));
        if (caseId != null) {
            rows.addAll(grounds(task.taskKey(), caseId, locale));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        consultations.record(actor, "task.findings", AuditObjectType.CASE, task.caseId(), caseId, PURPOSE);
        return List.of(new TaskContext(
                "findings", "taskFindings.title", "taskFindings.intro", List.of("taskFindings.recorded"), rows));
    }

    /** The refusal grounds the decision table found, for the steps that rule or decide on them. */
    private List<TaskContext.Row> grounds(String taskKey, UUID caseId, Locale locale) {
        List<TaskContext.Row> rows = new ArrayList<>();
        if (EXTRADITION_GROUNDS.contains(taskKey)) {
            extraditions
                    .grounds(caseId)
                    .forEach(g -> rows.add(
                            ground(extraditionLabel(g.code(), locale), g.mandatory(), g.articleReference(), locale)));
        } else if (MlaProcesses.Requested.EXECUTE_REQUEST.equals(taskKey)) {
            mlas.grounds(caseId)
                    .forEach(g -> rows.add(ground(
                            g.code().name() + " · " + label(g.code(), locale),
                            g.mandatory(),
                            g.articleReference(),
                            locale)));
        }
        return rows;
    }

    private TaskContext.Row ground(String label, boolean mandatory, String article, Locale locale) {
        String kind = messages.getMessage(mandatory ? "taskFindings.mandatory" : "taskFindings.optional", null, locale);
        String value = kind + (article == null || article.isBlank() ? "" : " · " + article);
        return new TaskContext.Row(
                null,
                messages.getMessage("taskFindings.ground", new Object[] {label}, locale),
                Collections.singletonList(value),
                false);
    }

    private static String extraditionLabel(String code, Locale locale) {
        try {
            return code + " · " + label(GroundCode.valueOf(code), locale);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String label(Labelled option, Locale locale) {
        return option.label(locale);
    }
}
