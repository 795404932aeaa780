package org.comity.core.repatriation.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.comity.core.person.NameText;
import org.comity.core.person.PersonKeys;
import org.comity.core.person.Sex;
import org.comity.core.repatriation.request.FoundDocumentType;
import org.comity.core.repatriation.request.PersonCategory;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.validation.FieldError;

/**
 * The field rules of one person row. Each broken rule becomes a {@link FieldError} named
 * {@code persons[<index>].<field>} (index from 0, the same for a JSON array element and a CSV data
 * row), and every row is checked, so that one answer lists all problems of a batch.
 */
public final class PersonRowRules {

    /** Document numbers are strict ASCII: no full-width digits or look-alike letters. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");

    static final int MAX_DOCUMENTS = 5;
    static final int EXPIRY_YEARS = 30;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    /**
     * The sexes an arrest list records, in the order the API names them: {@link Sex#OTHER}, which
     * extradition and MLA requests take from identity documents, is not an arrest-list value.
     */
    static final List<Sex> ARREST_LIST_SEXES = List.of(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN);

    private final Map<String, UUID> callCentres;
    private final LocalDate today;

    public PersonRowRules(Map<String, UUID> callCentres, LocalDate today) {
        this.callCentres = callCentres;
        this.today = today;
    }

    /** The valid person, or {@code null} with the row's errors added. */
    public NewPerson check(int index, PersonInput row, List<FieldError> errors) {
        Row r = new Row("persons[" + index + "].", errors);
        if (row == null) {
            r.error("", "NotNull", "must be a person");
            return null;
        }
        String original = blank(row.nameOriginal()) ? null : r.name("nameOriginal", row.nameOriginal(), false);
        String latin = r.required("nameLatin", row.nameLatin()) ? r.name("nameLatin", row.nameLatin(), true) : null;
        Sex sex = r.option("sex", row.sex(), ARREST_LIST_SEXES);
        LocalDate dob = r.dateOfBirth(row.dateOfBirth());
        String nationality = r.country(row.claimedNationality());
        UUID callCentre = r.callCentre(row.callCentre());
        PersonCategory category = r.option("category", row.category(), PersonCategory.class);
        if (category == PersonCategory.TRAFFICKING_VICTIM) {
            r.error("category", "Option", "must be one of [SUSPECT, POSSIBLE_TRAFFICKING_VICTIM]");
        }
        List<NewPerson.IdentityDocument> documents = r.documents(row.identityDocuments());
        if (r.failed) {
            return null;
        }
        return new NewPerson(
                UUID.randomUUID(),
                original,
                latin,
                PersonKeys.of(original, latin),
                sex,
                dob,
                nationality,
                documents,
                callCentre,
                category);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private final class Row {
        private final String prefix;
        private final List<FieldError> errors;
        private boolean failed;

        Row(String prefix, List<FieldError> errors) {
            this.prefix = prefix;
            this.errors = errors;
        }

        void error(String field, String rule, String message) {
            errors.add(new FieldError(
                    field.isEmpty() ? prefix.substring(0, prefix.length() - 1) : prefix + field, rule, message));
            failed = true;
        }

        boolean required(String field, String value) {
            if (blank(value)) {
                error(field, "NotBlank", "must not be blank");
                return false;
            }
            return true;
        }

        String name(String field, String value, boolean latinOnly) {
            String nfc = NameText.normalise(value);
            var problem = NameText.problem(nfc, latinOnly);
            problem.ifPresent(p -> error(field, p[0], p[1]));
            return problem.isPresent() ? null : nfc;
        }

        <E extends Enum<E>> E option(String field, String value, Class<E> type) {
            return option(field, value, List.of(type.getEnumConstants()));
        }

        <E extends Enum<E>> E option(String field, String value, List<E> accepted) {
            if (!required(field, value)) {
                return null;
            }
            String name = value.strip();
            return accepted.stream()
                    .filter(option -> option.name().equals(name))
                    .findFirst()
                    .orElseGet(() -> {
                        error(field, "Option", "must be one of " + accepted);
                        return null;
                    });
        }

        LocalDate date(String field, String value) {
            try {
                String text = value.strip();
                if (ISO_DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            error(field, "Date", "must be a real date in the form YYYY-MM-DD");
            return null;
        }

        /** An identity document's expiry: from 1900 to 30 years ahead, as {@code PlausibleDate} elsewhere. */
        LocalDate expiry(String field, String value) {
            LocalDate expiry = date(field, value);
            if (expiry != null && (expiry.isBefore(EARLIEST) || expiry.isAfter(today.plusYears(EXPIRY_YEARS)))) {
                error(
                        field,
                        "PlausibleDate",
                        "must be a date from " + EARLIEST + " to " + today.plusYears(EXPIRY_YEARS));
            }
            return expiry;
        }

        LocalDate dateOfBirth(String value) {
            LocalDate dob = required("dateOfBirth", value) ? date("dateOfBirth", value) : null;
            if (dob != null && dob.isAfter(today)) {
                error("dateOfBirth", "Past", "must not be in the future");
            } else if (dob != null && (dob.isBefore(today.minusYears(120)) || dob.isBefore(EARLIEST))) {
                error("dateOfBirth", "Age", "must not make the person older than 120 years");
            }
            return dob;
        }

        String country(String value) {
            if (required("claimedNationality", value) && !COUNTRIES.contains(value)) {
                error("claimedNationality", "Country", "must be an ISO 3166-1 alpha-2 code such as CN");
            }
            return value;
        }

        UUID callCentre(String value) {
            UUID id = required("callCentre", value) ? callCentres.get(NameText.normalise(value)) : null;
            if (!blank(value) && id == null) {
                error("callCentre", "CallCentreOfOperation", "must be one of the operation's call centres");
            }
            return id;
        }

        List<NewPerson.IdentityDocument> documents(List<PersonInput.DocumentInput> documents) {
            List<NewPerson.IdentityDocument> valid = new ArrayList<>();
            if (documents == null) {
                return valid;
            }
            if (documents.size() > MAX_DOCUMENTS) {
                error("identityDocuments", "Size", "must hold at most " + MAX_DOCUMENTS + " documents");
                return valid;
            }
            for (int i = 0; i < documents.size(); i++) {
                String field = "identityDocuments[" + i + "].";
                PersonInput.DocumentInput d = documents.get(i);
                if (d == null) {
                    error(field + "type", "NotNull", "must be a document");
                    continue;
                }
                FoundDocumentType type = option(field + "type", d.type(), FoundDocumentType.class);
                String number = d.number() == null ? null : d.number().strip();
                if (required(field + "number", number)
                        && !DOCUMENT_NUMBER.matcher(number).matches()) {
                    error(field + "number", "Pattern", "must be 5 to 20 ASCII capital letters or digits");
                }
                LocalDate expiry = blank(d.expiry()) ? null : expiry(field + "expiry", d.expiry());
                valid.add(new NewPerson.IdentityDocument(type, number, expiry));
            }
            return valid;
        }
    }
}
