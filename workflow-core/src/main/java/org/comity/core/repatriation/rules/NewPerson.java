package org.comity.core.repatriation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.comity.core.person.PersonKeys;
import org.comity.core.person.Sex;
import org.comity.core.repatriation.request.FoundDocumentType;
import org.comity.core.repatriation.request.PersonCategory;

/** A person that passed every rule, normalised and typed, ready to be stored. */
public record NewPerson(
        UUID id,
        String nameOriginal,
        String nameLatin,
        PersonKeys keys,
        Sex sex,
        LocalDate dateOfBirth,
        String claimedNationality,
        List<IdentityDocument> documents,
        UUID callCentreId,
        PersonCategory category) {

    /** A validated identity document. */
    public record IdentityDocument(FoundDocumentType type, String number, LocalDate expiry) {}
}
