package org.comity.core.repatriation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.core.validation.TextRule;

/**
 * The receipt rule of a transfer (legal-domain.md §5.3 {@code receipt}, §9 item 18, §10 item 21):
 * the persons received plus the persons listed as not received equal the manifest, and every person
 * not received is listed once, by id, with the reason. Persons held back before the handover by a
 * route conflict are already accounted for and are neither counted nor listed. One rule for the
 * receipt endpoint and for a completion of {@code Task_AcknowledgeReceipt} through the task API;
 * each reports the problems on its own fields.
 */
public final class ReceiptCheck {

    static final int MAX_REASON = 500;
    private static final Pattern LINE = Pattern.compile("\\s*([0-9a-fA-F-]{36})\\s*:\\s*(.*?)\\s*");

    private ReceiptCheck() {}

    /** One person not received: the id as written and the reason. */
    public record Line(String personId, String reason) {}

    /**
     * A broken part of the rule.
     *
     * @param line index of the listed person at fault, or -1 for the counts
     * @param part {@code personId}, {@code reason}, {@code receivedCount} or {@code notReceivedCount}
     */
    public record Problem(int line, String part, String rule, String message) {}

    /** The discrepancy text of the form: one line {@code <person id>: <reason>} per person not received. */
    public static String text(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line ->
                text.append(line.personId()).append(": ").append(line.reason()).append('\n'));
        return text.toString().strip();
    }

    /** The lines of a discrepancy text; a line that is not {@code <id>: <reason>} keeps its text as id. */
    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String raw : text.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            lines.add(m.matches() ? new Line(m.group(1), m.group(2)) : new Line(raw.strip(), ""));
        }
        return lines;
    }

    public static List<Problem> check(
            Set<UUID> manifest,
            Set<UUID> heldBack,
            Integer receivedCount,
            Integer notReceivedCount,
            List<Line> listed) {
        List<Problem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            Line line = listed.get(i);
            Optional<UUID> id = Ids.parse(line.personId());
            if (id.isEmpty() || !manifest.contains(id.get()) || !seen.add(id.get())) {
                problems.add(new Problem(i, "personId", "OnManifest", "must be a person on the manifest, listed once"));
            } else if (heldBack.contains(id.get())) {
                problems.add(new Problem(
                        i,
                        "personId",
                        "HeldBack",
                        "was held back before the handover by a route conflict and is already accounted for"));
            } else if (line.reason() == null
                    || line.reason().isBlank()
                    || line.reason().length() > MAX_REASON
                    || line.reason().lines().count() > 1) {
                problems.add(new Problem(
                        i, "reason", "NotBlank", "must say why, on one line of at most " + MAX_REASON + " characters"));
            } else {
                int index = i;
                TextRule.check(line.reason(), false, MAX_REASON)
                        .ifPresent(p -> problems.add(
                                new Problem(index, "reason", p.kind().rule(), p.message(MAX_REASON))));
            }
        }
        if (notReceivedCount != null && notReceivedCount != listed.size()) {
            problems.add(new Problem(
                    -1,
                    "notReceivedCount",
                    "DiscrepancyListed",
                    "must equal the number of persons listed as not received (" + listed.size() + ")"));
        }
        int handedOver = manifest.size() - heldBack.size();
        int expected = handedOver - listed.size();
        if (receivedCount == null || receivedCount != expected) {
            problems.add(new Problem(
                    -1,
                    "receivedCount",
                    "ManifestCount",
                    "must equal the " + handedOver
                            + " persons handed over on the manifest less those listed as not received (" + expected
                            + ")"));
        }
        return problems;
    }
}
