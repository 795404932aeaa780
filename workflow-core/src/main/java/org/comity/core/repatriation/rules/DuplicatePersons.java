package org.comity.core.repatriation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.core.person.PersonKeys;
import org.comity.core.validation.FieldError;

/**
 * The duplicate rule of a person batch (legal-domain.md §10 item 24). Two records are the same
 * person when they share a date of birth and either normalised name (original script or Latin,
 * see {@link PersonKeys}), or when they share an identity document number. A duplicate inside the
 * batch is reported on the later row, naming the earlier; a match with a person already stored (in
 * any operation) is reported as {@code AlreadyKnown}. Homophone Latin names with the same date of
 * birth are therefore refused too: an officer must resolve them, not the intake.
 */
public final class DuplicatePersons {

    private DuplicatePersons() {}

    /** Keys already stored: {@link #nameKeys} of stored persons and their document numbers. */
    public record Known(Set<String> nameDateKeys, Set<String> documentNumbers) {}

    static List<String> nameKeys(NewPerson p) {
        String latin = "L:" + p.keys().latin() + "|" + p.dateOfBirth();
        return p.keys().original() == null
                ? List.of(latin)
                : List.of("O:" + p.keys().original() + "|" + p.dateOfBirth(), latin);
    }

    /** Adds an error for every person of the batch that is a duplicate; {@code null} rows are skipped. */
    public static void check(List<NewPerson> batch, Known known, List<FieldError> errors) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            NewPerson p = batch.get(i);
            if (p == null) {
                continue;
            }
            String field = "persons[" + i + "].";
            for (String key : nameKeys(p)) {
                Integer earlier = names.putIfAbsent(key, i);
                if (earlier != null && earlier != i) {
                    errors.add(new FieldError(
                            field + "nameLatin",
                            "Duplicate",
                            "is the same person as persons[" + earlier + "] (same name and date of birth)"));
                    break;
                }
                if (known.nameDateKeys().contains(key)) {
                    errors.add(new FieldError(
                            field + "nameLatin",
                            "AlreadyKnown",
                            "a person with the same name and date of birth is already registered"));
                    break;
                }
            }
            for (int d = 0; d < p.documents().size(); d++) {
                String number = p.documents().get(d).number();
                String docField = field + "identityDocuments[" + d + "].number";
                Integer earlier = numbers.putIfAbsent(number, i);
                if (earlier != null && earlier != i) {
                    errors.add(
                            new FieldError(docField, "Duplicate", "is also the document of persons[" + earlier + "]"));
                } else if (earlier != null) {
                    errors.add(new FieldError(docField, "Duplicate", "is listed twice for this person"));
                } else if (known.documentNumbers().contains(number)) {
                    errors.add(new FieldError(docField, "AlreadyKnown", "belongs to a person already registered"));
                }
            }
        }
    }
}
