package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * The person a document is about, with every identifying fact the submitting state gave
 * (legal-domain.md §2.7 {@code person.*}, §4.1 {@code personsConcerned}): a document that drops an
 * alias or a passport number may let the wrong person be arrested or the right one go.
 *
 * @param aliases other names, as written
 * @param sex as recorded, {@code null} when not given
 * @param dateOfBirth {@code null} when not given
 * @param nationalities ISO 3166-1 alpha-2 codes, or {@code STATELESS} / {@code UNKNOWN}
 * @param identityDocuments passports, identity cards and travel documents
 * @param location last known whereabouts, {@code null} when not given
 * @param role why the person is named (MLA), {@code null} where the document's title says it
 */
public record Subject(
        PersonName name,
        List<String> aliases,
        Sex sex,
        LocalDate dateOfBirth,
        List<String> nationalities,
        List<IdentityDocument> identityDocuments,
        FreeText location,
        Text role) {

    public Subject {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        nationalities = List.copyOf(nationalities);
        identityDocuments = List.copyOf(identityDocuments);
    }

    /** A person sought or surrendered: no location or role. */
    public static Subject of(
            PersonName name,
            List<String> aliases,
            Sex sex,
            LocalDate dateOfBirth,
            List<String> nationalities,
            List<IdentityDocument> identityDocuments) {
        return new Subject(name, aliases, sex, dateOfBirth, nationalities, identityDocuments, null, null);
    }

    /** Sex as recorded in the person's identity documents. */
    public enum Sex {
        FEMALE,
        MALE,
        OTHER,
        UNKNOWN
    }

    /**
     * An identity or travel document of the person.
     *
     * @param issuingState ISO 3166-1 alpha-2 code
     * @param expiry {@code null} when the document has none or it is not known
     */
    public record IdentityDocument(Kind kind, String number, String issuingState, LocalDate expiry) {

        public IdentityDocument {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(number, "number");
        }

        /** Kinds of identity document a person may hold. */
        public enum Kind {
            PASSPORT,
            NATIONAL_IDENTITY_CARD,
            EMERGENCY_TRAVEL_DOCUMENT,
            RESIDENCE_PERMIT,
            OTHER
        }
    }
}
