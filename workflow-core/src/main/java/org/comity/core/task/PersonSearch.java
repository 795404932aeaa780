package org.comity.core.task;

import java.util.List;
import org.comity.core.person.NameText;
import org.comity.core.person.PersonKeys;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;

/**
 * Finding tasks by a person's name, typed in original script (张伟) or in Latin letters in any case
 * and spacing (Zhang Wei, zhangwei, ZHANG Wei). The text is normalised exactly as stored persons'
 * names are ({@link PersonKeys}, legal-domain.md §10 item 24) and matched as the beginning of a
 * normalised name, so that a family name alone (张, Zhang) finds every person who bears it. The text
 * obeys the rules of a name ({@link NameText}: no control or bidi characters, at most
 * {@value #MAX_LENGTH} characters) and must hold a letter.
 */
public final class PersonSearch {

    public static final int MAX_LENGTH = NameText.MAX_LENGTH;
    static final String FIELD = "person";
    private static final char ESCAPE = '!';

    private PersonSearch() {}

    /** The text without surrounding spaces; {@code null} when blank; 422 naming the rule when invalid. */
    static String checked(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        NameText.problem(stripped, false).ifPresent(problem -> {
            throw new InvalidInputException(List.of(new FieldError(FIELD, problem[0], problem[1])));
        });
        if (stripped.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidInputException(List.of(new FieldError(FIELD, "Letter", "must contain a letter")));
        }
        return stripped;
    }

    /** {@code LIKE} patterns (escape character {@value #ESCAPE}) for the original-script and Latin keys. */
    static Patterns patterns(String person) {
        PersonKeys keys = PersonKeys.of(person, person);
        return new Patterns(startsWith(keys.original()), startsWith(keys.latin()));
    }

    private static String startsWith(String key) {
        StringBuilder pattern = new StringBuilder(key.length() + 1);
        for (char c : key.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** The two patterns a stored name's keys are matched against. */
    record Patterns(String original, String latin) {}
}
