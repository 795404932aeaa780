package org.comity.documents.templates;

import java.util.stream.Collectors;
import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * The identity block of the person a document concerns; the same on every document so that
 * officers find the name, aliases, date of birth and identity documents in the same place. Every
 * fact given is printed; a fact not given reads "Not stated" rather than disappearing.
 */
final class SubjectSection {

    private SubjectSection() {}

    static void write(String heading, Subject person, DocumentComposer composer, Words words) {
        composer.heading(heading);
        composer.field(words.inline("label.name-original-script"), person.name().original());
        composer.field(words.inline("label.name-latin-script"), person.name().latin());
        if (!person.aliases().isEmpty()) {
            composer.field(words.inline("label.also-known-as"), String.join("\n", person.aliases()));
        }
        if (person.role() != null) {
            composer.field(words.inline("label.role"), words.inline(person.role()));
        }
        composer.field(words.inline("label.sex"), Wording.sex(words, person.sex()));
        composer.field(
                words.inline("label.date-of-birth"),
                person.dateOfBirth() == null
                        ? words.inline("value.not-stated")
                        : Wording.date(words, person.dateOfBirth()));
        composer.field(words.inline("label.nationality"), Wording.states(words, person.nationalities()));
        composer.field(
                words.inline("label.identity-documents"),
                person.identityDocuments().isEmpty()
                        ? words.inline("value.none-stated")
                        : person.identityDocuments().stream()
                                .map(d -> Wording.identityDocument(words, d))
                                .collect(Collectors.joining("\n")));
        if (person.location() != null) {
            composer.field(words.inline("label.last-known-location"), Wording.written(words, person.location()));
        }
    }
}
