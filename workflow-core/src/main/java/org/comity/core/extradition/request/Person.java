package org.comity.core.extradition.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.NameText;
import org.comity.core.person.PersonIdentity;
import org.comity.core.person.Sex;
import org.comity.core.validation.PlausibleDate;
import org.comity.core.validation.Texts;
import org.comity.core.validation.VisibleText;

/**
 * The person sought (S10 Art. 11(2); legal-domain.md §2.7). Names are free full names, once in the
 * original script and once in Latin transliteration, because not every naming tradition has a
 * given and a family name (Burmese names have neither). Names and aliases are NFC-normalised on
 * construction. Nationalities are multi-valued; {@code STATELESS} or {@code UNKNOWN} stand alone.
 *
 * @param nameInOriginalScript full name in the original script, e.g. 张伟 or အောင်ကျော်
 * @param nameInLatinScript full name in Latin transliteration, e.g. Zhang Wei or Aung Kyaw
 * @param aliases other names the person is known by, in any script
 * @param sex as in the identity documents
 * @param dateOfBirth date of birth
 * @param nationalities ISO 3166-1 alpha-2 codes, or {@code STATELESS} or {@code UNKNOWN}
 * @param identityDocuments identity documents known to the requesting state
 */
public record Person(
        @NotBlank(message = "{extradition.required}") @VisibleText
        String nameInOriginalScript,

        @NotBlank(message = "{extradition.required}")
        @VisibleText
        @Pattern(regexp = NameText.LATIN_NAME_PATTERN, message = "{extradition.name.latin}")
        String nameInLatinScript,

        @Size(max = 20, message = "{comity.list.Size}")
        List<@NotBlank(message = "{extradition.required}") @VisibleText String> aliases,

        @NotNull(message = "{extradition.required}") Sex sex,

        @NotNull(message = "{extradition.required}") @PlausibleDate
        LocalDate dateOfBirth,

        @NotEmpty(message = "{extradition.nationality.required}") @Size(max = 10, message = "{comity.list.Size}")
        List<
                        @NotNull(message = "{extradition.required}")
                        @Pattern(regexp = "[A-Z]{2}|STATELESS|UNKNOWN", message = "{extradition.nationality.code}")
                        @VisibleText String>
                nationalities,

        @Size(max = 10, message = "{comity.list.Size}")
        List<@NotNull(message = "{extradition.required}") @Valid IdentityDocument> identityDocuments) {

    /** Marks a person without any nationality. */
    public static final String STATELESS = "STATELESS";

    /** Marks a person whose nationality is not established. */
    public static final String UNKNOWN = "UNKNOWN";

    public Person {
        nameInOriginalScript = Texts.nfc(nameInOriginalScript);
        nameInLatinScript = Texts.nfc(nameInLatinScript);
        aliases = Texts.nfc(aliases);
        nationalities = Texts.copy(nationalities);
        identityDocuments = Texts.copy(identityDocuments);
    }

    /**
     * Whether the person holds the nationality of {@code state}, whatever other nationality they
     * hold (a dual national of the requested state is its national: S10 Art. 8(1)).
     */
    public boolean isNationalOf(String state) {
        return nationalities.contains(state);
    }

    /** What tells this person apart from others in other requests and repatriation batches. */
    public PersonIdentity identity() {
        return PersonIdentity.of(
                nameInOriginalScript,
                nameInLatinScript,
                dateOfBirth,
                identityDocuments.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(IdentityDocument::number)
                        .toList());
    }
}
