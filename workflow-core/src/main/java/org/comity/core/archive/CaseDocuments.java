package org.comity.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.core.document.Signatory;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.DocumentLanguages;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.signature.Signatories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the document a process step produces for a case, from one state's competent authority to
 * the other's, in the job's transaction: header with both states, the engine's time in the issuing
 * state's zone, English and Chinese. The document id is derived from feature, case, type and
 * occurrence, so that a job retried after a failure issues the same document instead of a second.
 */
@Service
public class CaseDocuments {

    private final DocumentArchive archive;
    private final CaseFiles cases;
    private final JurisdictionRegistry jurisdictions;
    private final Signatories signatories;
    private final LegalDocumentGenerator generator;

    CaseDocuments(
            DocumentArchive archive,
            CaseFiles cases,
            JurisdictionRegistry jurisdictions,
            Signatories signatories,
            LegalDocumentGenerator generator) {
        this.archive = archive;
        this.signatories = signatories;
        this.generator = generator;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
    }

    /**
     * Issues {@code content} from {@code issuing} to {@code receiving} and, unless null, sets the
     * case's status.
     *
     * @param feature who issues it, e.g. {@code mla}: names the issuing system actor and the id space
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument issue(
            String feature,
            CaseFile caseFile,
            DocumentContent content,
            String issuing,
            String receiving,
            String status) {
        return issue(
                feature,
                caseFile,
                content,
                issuing,
                receiving,
                status,
                List.of(signatories.authority(issuing, Signatory.ISSUING_AUTHORITY, null)));
    }

    /**
     * As {@link #issue(String, CaseFile, DocumentContent, String, String, String)}, signed by the given
     * officers: each the one who recorded their side's act ({@link Signatories}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument issue(
            String feature,
            CaseFile caseFile,
            DocumentContent content,
            String issuing,
            String receiving,
            String status,
            List<Signatory> signedBy) {
        long occurrence = archive.listFor(caseFile.id()).stream()
                .filter(d -> d.type() == content.type())
                .count();
        UUID documentId =
                UUID.nameUUIDFromBytes((feature + ":" + caseFile.id() + ":" + content.type() + ":" + occurrence)
                        .getBytes(StandardCharsets.UTF_8));
        DocumentHeader header = header(documentId, caseFile, issuing, receiving, signedBy);
        StoredDocument stored = archive.issue(
                caseFile.id(),
                new DocumentRequest(header, content),
                new Actor("comity-" + feature, ActorKind.SYSTEM, Role.AGENCY, issuing));
        if (status != null) {
            cases.changeStatus(caseFile.id(), status);
        }
        return stored;
    }

    /**
     * Renders {@code content} as {@link #issue} would issue it now, marked as a draft on every page,
     * for a reviewer to read before approving it. Nothing is stored, hashed into the audit log or
     * sent: the preview has an id of its own, never the id the issued document will have.
     */
    public RenderedDocument preview(
            String feature, CaseFile caseFile, DocumentContent content, String issuing, String receiving) {
        UUID previewId = UUID.nameUUIDFromBytes(
                ("preview:" + feature + ":" + caseFile.id() + ":" + content.type()).getBytes(StandardCharsets.UTF_8));
        return generator.preview(new DocumentRequest(
                header(
                        previewId,
                        caseFile,
                        issuing,
                        receiving,
                        List.of(signatories.authority(issuing, Signatory.ISSUING_AUTHORITY, null))),
                content));
    }

    private DocumentHeader header(
            UUID documentId, CaseFile caseFile, String issuing, String receiving, List<Signatory> signedBy) {
        Jurisdiction from = jurisdictions.require(issuing);
        Jurisdiction to = jurisdictions.require(receiving);
        return new DocumentHeader(
                documentId,
                caseFile.reference(),
                ref(from),
                ref(to),
                ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), from.zone()),
                DocumentLanguages.between(from, to),
                signedBy);
    }

    private static JurisdictionRef ref(Jurisdiction jurisdiction) {
        return new JurisdictionRef(jurisdiction.code(), jurisdiction.names());
    }
}
