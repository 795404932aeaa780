package org.comity.web.ui;

import static org.comity.core.repatriation.RepatriationModel.TASK_ACCOUNT_FOR_PERSON;
import static org.comity.core.repatriation.RepatriationModel.TASK_CLEAR_FOR_TRANSFER;
import static org.comity.core.repatriation.RepatriationModel.TASK_CONFIRM_LATE_RECEIPT;
import static org.comity.core.repatriation.RepatriationModel.TASK_ESCALATE_VERIFICATION;
import static org.comity.core.repatriation.RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT;
import static org.comity.core.repatriation.RepatriationModel.TASK_PROVIDE_IDENTITY_INFORMATION;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.SubjectFacts;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The context of every task about one person of a repatriation: who the person is (names in both
 * scripts, date of birth, sex, claimed nationality, category, the call centre they were found in,
 * the documents found with them or issued to them) and what was answered on them before (each
 * earlier task's submitted values, see {@link TaskSubjectAnswers}). An officer verifies the
 * nationality of, or issues a travel document to, a person the page names, not a process id. All
 * of it comes from Comity's tables; the read is logged as a consultation of that person.
 */
@Component
class TaskSubjectContext implements TaskContextProvider {

    static final String PURPOSE = "Work on a task about this person";

    private final TaskWork work;
    private final Consultations consultations;
    private final JurisdictionRegistry jurisdictions;
    private final MessageSource messages;
    private final TaskSubjectAnswers answers;

    TaskSubjectContext(
            TaskWork work,
            Consultations consultations,
            JurisdictionRegistry jurisdictions,
            MessageSource messages,
            TaskSubjectAnswers answers) {
        this.work = work;
        this.consultations = consultations;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
        this.answers = answers;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(
                TASK_VERIFY_NATIONALITY,
                TASK_PROVIDE_IDENTITY_INFORMATION,
                TASK_ESCALATE_VERIFICATION,
                TASK_ISSUE_TRAVEL_DOCUMENT,
                TASK_CLEAR_FOR_TRANSFER,
                TASK_ACCOUNT_FOR_PERSON,
                TASK_CONFIRM_LATE_RECEIPT);
    }

    @Override
    public List<TaskContext> contextOf(Actor actor, TaskView task) {
        return work.subjectFacts(actor, task.id())
                .map(facts -> {
                    consultations.record(
                            actor,
                            "task.subject",
                            AuditObjectType.PERSON,
                            facts.subject().personId(),
                            Uuids.parse(facts.subject().caseId()).orElse(null),
                            PURPOSE);
                    Locale locale = LocaleContextHolder.getLocale();
                    List<TaskContext> contexts = new ArrayList<>();
                    contexts.add(person(facts, locale));
                    if (!facts.earlierAnswers().isEmpty()) {
                        contexts.add(new TaskContext(
                                "earlier-answers",
                                "taskContext.answers.title",
                                null,
                                List.of("taskContext.answers.values"),
                                answers.rows(
                                        facts.earlierAnswers(),
                                        locale,
                                        jurisdictions
                                                .require(actor.jurisdiction())
                                                .zone())));
                    }
                    return List.copyOf(contexts);
                })
                .orElse(List.of());
    }

    private TaskContext person(SubjectFacts facts, Locale locale) {
        List<TaskContext.Row> rows = new ArrayList<>(List.of(
                row("person.nameOriginal", facts.subject().nameOriginal()),
                row("person.nameLatin", facts.subject().nameLatin()),
                row("person.dateOfBirth", String.valueOf(facts.dateOfBirth())),
                row("person.sex", message("person.sex." + facts.sex(), facts.sex(), locale)),
                row("person.claimedNationality", nationality(facts.claimedNationality(), locale)),
                row("person.category", message("person.category." + facts.category(), facts.category(), locale)),
                row("person.callCentre", facts.callCentre() + " (" + facts.region() + ")")));
        if (facts.documents().isEmpty()) {
            rows.add(row("person.documents", message("taskContext.subject.noDocuments", "—", locale)));
        }
        for (SubjectFacts.Document d : facts.documents()) {
            String type = d.issued()
                    ? message("taskContext.subject.travelDocumentType." + d.type(), d.type(), locale)
                    : message("option.IdentityDocumentType." + d.type(), d.type(), locale);
            String expiry = d.expiry() == null
                    ? ""
                    : " · "
                            + messages.getMessage(
                                    "taskContext.subject.validUntil",
                                    new Object[] {d.expiry().toString()},
                                    locale);
            rows.add(row(
                    d.issued() ? "taskContext.subject.travelDocument" : "person.documents",
                    type + " " + d.number() + expiry));
        }
        return new TaskContext(
                "subject",
                "taskContext.subject.title",
                "taskContext.subject.intro",
                List.of("taskContext.subject.record"),
                rows);
    }

    /** A nationality by its code and the state's configured name in the reader's language (else English). */
    private String nationality(String code, Locale locale) {
        return jurisdictions
                .find(code)
                .map(j -> code + " · " + j.names().in(locale))
                .orElse(code);
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static TaskContext.Row row(String labelKey, String value) {
        return new TaskContext.Row(labelKey, java.util.Collections.singletonList(value), false);
    }
}
