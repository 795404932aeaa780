package org.comity.core.person;

import java.util.List;
import org.comity.core.document.Subject;

/**
 * The person attributes both request models share, as the document port prints them: one mapping,
 * so that an extradition request and an MLA letter show a passport or a sex alike.
 */
public final class PersonFacts {

    private PersonFacts() {}

    /** The sex as a document states it; {@code null} when not given. */
    public static Subject.Sex onDocument(Sex sex) {
        return sex == null ? null : Subject.Sex.valueOf(sex.name());
    }

    /** The identity documents as a document lists them, in the order given. */
    public static List<Subject.IdentityDocument> onDocument(List<IdentityDocument> documents) {
        return documents.stream()
                .map(d -> new Subject.IdentityDocument(
                        Subject.IdentityDocument.Kind.valueOf(d.type().name()),
                        d.number(),
                        d.issuingState(),
                        d.expiry()))
                .toList();
    }
}
