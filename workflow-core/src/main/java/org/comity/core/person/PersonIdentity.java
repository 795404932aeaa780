package org.comity.core.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What identifies a person across records (legal-domain.md §10 items 22, 24): the normalised names
 * ({@link PersonKeys}), the date of birth and the identity document numbers. Two records are the
 * same person when they share the date of birth and either normalised name — the original script
 * or the Latin transliteration, so 张伟 matches whatever way Zhang Wei was spelt — or when they
 * share a document number. It is a match for a human to confirm, never a decision: homonyms born
 * on the same day match too.
 *
 * @param keys the normalised names
 * @param dateOfBirth the date of birth, if known
 * @param documentNumbers the numbers of the person's identity documents (passports, cards, ...)
 */
public record PersonIdentity(PersonKeys keys, LocalDate dateOfBirth, Set<String> documentNumbers) {

    public PersonIdentity {
        Objects.requireNonNull(keys, "keys");
        documentNumbers = Set.copyOf(documentNumbers);
    }

    public static PersonIdentity of(
            String nameOriginal, String nameLatin, LocalDate dateOfBirth, Collection<String> documentNumbers) {
        return new PersonIdentity(
                PersonKeys.of(nameOriginal, nameLatin),
                dateOfBirth,
                documentNumbers == null
                        ? Set.of()
                        : documentNumbers.stream()
                                .filter(Objects::nonNull)
                                .map(n -> n.strip().toUpperCase(java.util.Locale.ROOT))
                                .collect(Collectors.toSet()));
    }

    /** Whether the two records may well be one person (see the class comment). */
    public boolean sameAs(PersonIdentity other) {
        return PersonMatch.between(this, other).likelySamePerson();
    }
}
