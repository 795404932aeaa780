package org.comity.web.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseKinds;
import org.comity.core.casefile.CaseSide;
import org.comity.core.casefile.CaseStagesShown;
import org.comity.core.timeline.CaseTimeline;
import org.comity.core.timeline.TimelineEvent;
import org.springframework.stereotype.Component;

/**
 * Each side's process of a case as the case page shows it: the current stage or outcome from the
 * case view, and the steps passed so far from the case's merged timeline (engine history only:
 * which step opened, completed or was reached, and when; never who entered what, which is the
 * auditor's timeline). Which processes are listed, and whether with their steps, is the case's
 * kind's ({@link CaseStagesShown}): a repatriation operation's thousands of person processes are
 * summarised by the persons table and the dashboard instead, so only its operation and transfer
 * processes appear, without steps.
 */
@Component
class CaseStages {

    /** One process of the case. {@code stage} names the steps it waits in; {@code outcome} how it ended. */
    record Side(
            String processKey,
            String jurisdiction,
            boolean stateNamed,
            boolean active,
            List<String> stage,
            String outcome,
            Instant startedAt,
            Instant endedAt,
            List<Step> steps) {}

    /** A step: {@code kind} is {@code OPENED}, {@code COMPLETED}, {@code CANCELLED} or {@code REACHED}. */
    record Step(Instant at, String kind, String label) {}

    private final CaseTimeline timeline;
    private final ActivityLabels labels;
    private final CaseKinds kinds;

    CaseStages(CaseTimeline timeline, ActivityLabels labels, CaseKinds kinds) {
        this.timeline = timeline;
        this.labels = labels;
        this.kinds = kinds;
    }

    List<Side> of(CaseFile file, List<CaseSide> visible, Locale locale) {
        CaseStagesShown shown = kinds.of(file.type()).stagesShown();
        List<TimelineEvent> events = shown.steps() ? timeline.of(file.id()) : List.of();
        List<Side> sides = new ArrayList<>();
        for (CaseSide side : visible) {
            if (!shown.lists(side.processDefinitionKey())) {
                continue;
            }
            sides.add(new Side(
                    side.processDefinitionKey(),
                    side.jurisdiction(),
                    shown.stateNamed() && side.jurisdiction() != null,
                    "ACTIVE".equals(side.state()),
                    side.stage().stream().map(id -> labels.of(id, null, locale)).toList(),
                    side.endActivity() == null ? null : labels.of(side.endActivity(), null, locale),
                    side.startedAt(),
                    side.endedAt(),
                    steps(events, side.processDefinitionKey(), locale)));
        }
        return sides;
    }

    private List<Step> steps(List<TimelineEvent> events, String processKey, Locale locale) {
        List<Step> steps = new ArrayList<>();
        for (TimelineEvent event : events) {
            if (!"ENGINE".equals(event.source()) || !processKey.equals(event.process())) {
                continue;
            }
            String kind = kind(event.kind());
            if (kind != null) {
                steps.add(new Step(event.at(), kind, label(event.subject(), locale)));
            }
        }
        return steps;
    }

    private static String kind(String eventKind) {
        return switch (eventKind) {
            case "STARTED:userTask" -> "OPENED";
            case "TASK_COMPLETED" -> "COMPLETED";
            case "TASK_CANCELLED" -> "CANCELLED";
            default -> eventKind.startsWith("STARTED:") ? "REACHED" : null;
        };
    }

    /** The timeline names an element as {@code <id>} or {@code <id> (<model name>)}. */
    private String label(String subject, Locale locale) {
        int space = subject.indexOf(" (");
        return space < 0
                ? labels.of(subject, null, locale)
                : labels.of(subject.substring(0, space), subject.substring(space + 2, subject.length() - 1), locale);
    }
}
