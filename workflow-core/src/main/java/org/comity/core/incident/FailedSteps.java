package org.comity.core.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.comity.core.casefile.CaseKinds;
import org.comity.core.form.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Names the step a job failed in, for people, and says whose step it is. Names come from
 * {@code incident/failed-steps.properties} (English and Chinese, keyed by BPMN element id), because an
 * element id such as {@code Event_RequestSent} means nothing to an officer; a step the file lacks is
 * named by the process model's own name for it, and never by its id.
 *
 * <p>Whose step is each procedure's {@link org.comity.core.casefile.CaseKind}'s to say
 * ({@link CaseKinds#partyOf(String, String)}): the extradition and MLA processes are one side's each;
 * the repatriation processes are joint, and there a step belongs to the state that performs it in law
 * (legal-domain.md §5): the holding state issues the manifest, screens victims, cancels transfers and
 * decides the route; the receiving state verifies nationality (its overdue escalation); recording a
 * handover and closing the operation concern both.
 */
@Component
public class FailedSteps {

    private static final LocalizedText UNNAMED = new LocalizedText("A step of the process", "流程中的一个步骤");

    private final RepositoryService repository;
    private final Properties names;
    private final Map<String, String> modelNames = new ConcurrentHashMap<>();
    private final CaseKinds kinds;

    FailedSteps(RepositoryService repository, CaseKinds kinds) {
        this.repository = repository;
        this.kinds = kinds;
        this.names = load();
    }

    /** The step's name in English and Chinese. */
    public LocalizedText label(String processDefinitionId, String elementId) {
        String en = elementId == null ? null : names.getProperty(elementId + ".en");
        String zh = elementId == null ? null : names.getProperty(elementId + ".zh");
        if (en != null && zh != null) {
            return new LocalizedText(en, zh);
        }
        return modelName(processDefinitionId, elementId)
                .map(name -> new LocalizedText(name, name))
                .orElse(UNNAMED);
    }

    /** Whether the file names this element in both languages (checked for every model by a test). */
    public boolean names(String elementId) {
        return names.containsKey(elementId + ".en") && names.containsKey(elementId + ".zh");
    }

    /** Whose step it is: a one-sided process's side, or for a joint process the side that performs it. */
    public IncidentSide side(String processDefinitionKey, String elementId) {
        return IncidentSide.valueOf(
                kinds.partyOf(processDefinitionKey, elementId).name());
    }

    private Optional<String> modelName(String processDefinitionId, String elementId) {
        if (processDefinitionId == null || elementId == null) {
            return Optional.empty();
        }
        String name = modelNames.computeIfAbsent(processDefinitionId + "#" + elementId, key -> {
            ModelElementInstance element =
                    repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
            return element instanceof FlowElement flow && flow.getName() != null
                    ? flow.getName().strip()
                    : "";
        });
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = FailedSteps.class.getResourceAsStream("/incident/failed-steps.properties")) {
            if (in == null) {
                throw new IllegalStateException("incident/failed-steps.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
