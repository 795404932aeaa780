package org.comity.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Every feature's {@link PersonProcesses} composed into the task list's SQL: one {@code UNION ALL} of
 * the persons found by name (so that PostgreSQL starts from the few matching persons; an {@code OR}
 * of {@code IN}s made it test all 50,000 tasks against each), one of the tasks' subjects, and one
 * {@code COALESCE} of their name keys. Features are taken in their {@code @Order}.
 */
@Component
class PersonProcessSql {

    /** Where {@link TaskSort#NAME} puts the name key of a task's person. */
    static final String NAME_KEY = "{personNameKey}";

    private final List<PersonProcesses> features;
    private final String byName;
    private final String subjects;
    private final String nameKey;

    PersonProcessSql(List<PersonProcesses> features) {
        this.features = List.copyOf(features);
        this.byName = String.join(
                "\nUNION ALL\n",
                this.features.stream().map(PersonProcesses::byName).toList());
        this.subjects = String.join(
                "\nUNION ALL\n",
                this.features.stream()
                        .flatMap(f -> f.subjectsOfTasks().stream())
                        .map(select ->
                                select + " AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_"
                                        + " AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ = :group)")
                        .toList());
        List<String> keys =
                this.features.stream().flatMap(f -> f.nameKeysOfTask().stream()).toList();
        this.nameKey = keys.isEmpty() ? "CAST(NULL AS VARCHAR(200))" : "COALESCE(" + String.join(", ", keys) + ")";
    }

    /**
     * The process instances of the persons whose normalised name begins with a search, in either
     * script, that the actor's state may see; its parameters are {@link #byNameParams}.
     */
    String byName() {
        return byName;
    }

    /** The parameters of {@link #byName()} for a search by {@code person}, as {@code actor} may see. */
    Object[] byNameParams(Actor actor, String person) {
        PersonSearch.Patterns names = PersonSearch.patterns(person);
        List<Object> params = new ArrayList<>();
        features.forEach(f -> params.addAll(f.byNameParams(names.original(), names.latin(), actor.jurisdiction())));
        return params.toArray();
    }

    /** Task id, person id, case id and names of the tasks {@code :ids} of the candidate group {@code :group}. */
    String subjects() {
        return subjects;
    }

    /** The name key of the person a {@code task_item T} is about, whatever the feature. */
    String nameKey() {
        return nameKey;
    }

    /** The facts on the person, from the feature that records them. */
    Optional<PersonProcesses.Facts> facts(String personId) {
        return features.stream()
                .map(f -> f.facts(personId))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
