package org.comity.core.mla.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The evidence list of the execution form: one item per line, written
 * {@code description | source | SHA-256}. A plain text area keeps the form usable without
 * JavaScript and the same text works through the API; this class is the one place that reads it,
 * names every bad line, and turns it into {@link EvidenceItem}s.
 */
public final class EvidenceItems {

    /** Separates the three parts of a line. */
    public static final String SEPARATOR = "|";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_SOURCE = 500;

    private EvidenceItems() {}

    /** What is wrong with the list, one message per problem naming its line; empty if it is valid. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lineOfDigest = new HashMap<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String[] parts = lines.get(i).split(Pattern.quote(SEPARATOR), -1);
            if (parts.length != 3) {
                problems.add("line " + number + ": write description | source | SHA-256");
                continue;
            }
            if (parts[0].isBlank() || parts[0].strip().length() > MAX_DESCRIPTION) {
                problems.add("line " + number + ": the description must be given (at most " + MAX_DESCRIPTION
                        + " characters)");
            }
            if (parts[1].isBlank() || parts[1].strip().length() > MAX_SOURCE) {
                problems.add("line " + number + ": the source must be given (at most " + MAX_SOURCE + " characters)");
            }
            String digest = parts[2].strip();
            if (!SHA256.matcher(digest).matches()) {
                problems.add("line " + number + ": the SHA-256 must be 64 hexadecimal digits");
            } else {
                Integer earlier = lineOfDigest.putIfAbsent(digest.toLowerCase(Locale.ROOT), number);
                if (earlier != null) {
                    problems.add(
                            "line " + number + ": the same SHA-256 as line " + earlier + " (the same content twice)");
                }
            }
        }
        return problems;
    }

    /**
     * The items of a valid list, digests in lower case.
     *
     * @throws IllegalArgumentException if the list is not valid
     */
    public static List<EvidenceItem> parse(String text) {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return lines(text).stream()
                .map(line -> line.split(Pattern.quote(SEPARATOR), -1))
                .map(parts -> new EvidenceItem(
                        parts[0].strip(), parts[1].strip(), parts[2].strip().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().filter(line -> !line.isBlank()).toList();
    }
}
