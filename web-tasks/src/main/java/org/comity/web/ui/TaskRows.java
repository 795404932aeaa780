package org.comity.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormText;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskSubject;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.stereotype.Component;

/**
 * What a row of a task list shows beyond the task itself, on the list page and in the list beside a
 * task: the title of each kind of task in the reader's language, and the person each task is about.
 * The list holds only tasks of the officer's own group, so names go to nobody else; and since a page
 * then discloses personal data, showing it is logged as a consultation of each person named (EU Law
 * Enforcement Directive Art. 25).
 */
@Component
class TaskRows {

    static final String PURPOSE = "Work on the officer's own tasks about these persons";

    private final TaskWork work;
    private final Consultations consultations;
    private final Map<String, FormText> titles = new LinkedHashMap<>();

    TaskRows(TaskWork work, FormRegistry forms, Consultations consultations) {
        this.work = work;
        this.consultations = consultations;
        forms.all().forEach(form -> titles.put(form.formKey(), form.schema().title()));
    }

    /** Each form's title by form key. */
    Map<String, FormText> titles() {
        return titles;
    }

    /** The persons the page's tasks are about, their showing logged once per person. */
    Map<String, TaskSubject> subjects(Actor actor, TaskPage page) {
        Map<String, TaskSubject> subjects = work.subjects(actor, page);
        Map<String, UUID> shown = new LinkedHashMap<>();
        subjects.values()
                .forEach(s ->
                        shown.putIfAbsent(s.personId(), Uuids.parse(s.caseId()).orElse(null)));
        consultations.recordEach(actor, "task.list", AuditObjectType.PERSON, shown, PURPOSE);
        return subjects;
    }
}
