package org.comity.web.casefile;

import org.comity.core.casefile.CaseFile;

/** The case a creating request opened, as the body of its {@code 201 Created} answer. */
public record CaseCreated(
        String id,
        String reference,
        String type,
        String status,
        String requestingState,
        String requestedState,
        String createdAt) {

    public static CaseCreated of(CaseFile file) {
        return new CaseCreated(
                file.id().toString(),
                file.reference(),
                file.type().name(),
                file.status(),
                file.requesting(),
                file.requested(),
                file.createdAt().toString());
    }
}
