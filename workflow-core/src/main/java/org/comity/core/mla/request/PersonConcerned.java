package org.comity.core.mla.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.NameText;
import org.comity.core.person.Sex;
import org.comity.core.validation.PlausibleDate;
import org.comity.core.validation.Texts;
import org.comity.core.validation.VisibleText;

/**
 * A person the request concerns: a suspect, a witness to hear, the holder of an account, the
 * subscriber of a telephone number (legal-domain.md §4.1 {@code personsConcerned}: identity,
 * nationality and location "where possible", UNTOC 18(15)(e)). Only the Latin name is required;
 * the rest is given where known. Names are NFC-normalised. This is personal data: it is stored in
 * Comity's tables and never becomes a process variable.
 *
 * @param nameInOriginalScript full name in its own script, e.g. 李娜 or မောင်မောင်
 * @param nameInLatinScript full name in Latin transliteration
 * @param sex as in the identity documents, if known
 * @param dateOfBirth if known
 * @param nationalities ISO 3166-1 alpha-2 codes, or {@code STATELESS} / {@code UNKNOWN}
 * @param identityDocuments passports and identity cards known to the requesting state
 * @param role why the person is named
 * @param location last known whereabouts
 */
public record PersonConcerned(
        @Size(max = 200) @VisibleText String nameInOriginalScript,

        @NotBlank(message = "{mla.required}")
        @Size(max = 200)
        @VisibleText
        @Pattern(regexp = NameText.LATIN_NAME_PATTERN, message = "{mla.name.latin}")
        String nameInLatinScript,

        Sex sex,

        @Past(message = "{mla.dateOfBirth.past}") @PlausibleDate
        LocalDate dateOfBirth,

        @Size(max = PersonConcerned.MAX_NATIONALITIES, message = "{mla.nationalities.size}")
        List<
                        @NotNull(message = "{mla.required}")
                        @Pattern(regexp = "[A-Z]{2}|STATELESS|UNKNOWN", message = "{mla.nationality.code}") @VisibleText
                        String>
                nationalities,

        @Size(max = PersonConcerned.MAX_IDENTITY_DOCUMENTS, message = "{mla.identityDocuments.size}")
        List<@NotNull(message = "{mla.required}") @Valid IdentityDocument> identityDocuments,

        @NotNull(message = "{mla.required}") PersonRole role,
        @Size(max = 500) @VisibleText(max = 500) String location) {

    /**
     * At most this many nationalities: more than any person holds, few enough that a request stays
     * readable (the extradition request's wizard offers as many).
     */
    public static final int MAX_NATIONALITIES = 5;

    /** At most this many identity documents per person: the passports and cards a request can usefully list. */
    public static final int MAX_IDENTITY_DOCUMENTS = 5;

    public PersonConcerned {
        nameInOriginalScript = Texts.nfc(nameInOriginalScript);
        nameInLatinScript = Texts.nfc(nameInLatinScript);
        nationalities = Texts.copy(nationalities);
        identityDocuments = Texts.copy(identityDocuments);
        location = Texts.nfc(location);
    }

    /** Whether the person holds the nationality of {@code state}, whatever other nationality they hold. */
    public boolean isNationalOf(String state) {
        return nationalities.contains(state);
    }
}
