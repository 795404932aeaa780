package org.comity.core.repatriation;

import org.comity.core.person.PersonKeys;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person that passed every rule, normalised and typed, ready to be stored. */
record NewPerson(UUID id, String nameOriginal, String nameLatin, PersonKeys keys, Sex sex, LocalDate dateOfBirth,
        String claimedNationality, List<IdentityDocument> documents, UUID callCentreId, PersonCategory category) {

    /** A validated identity document. */
    record IdentityDocument(IdentityDocumentType type, String number, LocalDate expiry) {
    }
}
