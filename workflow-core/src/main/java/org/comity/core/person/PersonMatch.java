package org.comity.core.person;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * On which identifying facts two records of a person agree (legal-domain.md §10 items 22, 24), so
 * that the officer who confirms or rejects a match sees why the records were matched: a shared
 * document number alone, or the same date of birth with the same normalised name in either script.
 *
 * @param dateOfBirth both records give the same date of birth
 * @param nameInOriginalScript the normalised names in the original script are equal
 * @param nameInLatinScript the normalised Latin transliterations are equal
 * @param documentNumbers the identity document numbers both records hold, in order
 */
public record PersonMatch(
        boolean dateOfBirth, boolean nameInOriginalScript, boolean nameInLatinScript, List<String> documentNumbers) {

    public PersonMatch {
        documentNumbers = List.copyOf(documentNumbers);
    }

    public static PersonMatch between(PersonIdentity one, PersonIdentity other) {
        Set<String> shared = new TreeSet<>(one.documentNumbers());
        shared.retainAll(other.documentNumbers());
        return new PersonMatch(
                one.dateOfBirth() != null && one.dateOfBirth().equals(other.dateOfBirth()),
                one.keys().original() != null
                        && one.keys().original().equals(other.keys().original()),
                one.keys().latin().equals(other.keys().latin()),
                List.copyOf(shared));
    }

    /** Whether the agreement is enough to hold the records for one person (see {@link PersonIdentity}). */
    public boolean likelySamePerson() {
        return !documentNumbers.isEmpty() || dateOfBirth && (nameInOriginalScript || nameInLatinScript);
    }
}
