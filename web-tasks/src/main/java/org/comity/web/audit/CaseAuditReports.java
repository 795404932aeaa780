package org.comity.web.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.audit.AuditVerifier;
import org.comity.core.audit.ChainVerification;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.CaseAuditReport;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.DocumentType;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.DocumentLanguages;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.signature.Signatories;
import org.comity.core.text.CountryName;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the case audit report for an auditor, for the API and the auditor's timeline page alike: the
 * case's audit entries with their hashes and the chain's state, in the auditing authority's zone,
 * signed by the auditor and issued in their authority's name.
 */
@Service
public class CaseAuditReports {

    private final CaseFiles cases;
    private final AuditSearch search;
    private final AuditVerifier verifier;
    private final DocumentArchive archive;
    private final JurisdictionRegistry jurisdictions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JurisdictionClock jurisdictionClock;
    private final Signatories signatories;

    CaseAuditReports(
            CaseFiles cases,
            AuditSearch search,
            AuditVerifier verifier,
            DocumentArchive archive,
            JurisdictionRegistry jurisdictions,
            TransactionTemplate tx,
            Clock clock,
            JurisdictionClock jurisdictionClock,
            Signatories signatories) {
        this.cases = cases;
        this.search = search;
        this.verifier = verifier;
        this.archive = archive;
        this.jurisdictions = jurisdictions;
        this.tx = tx;
        this.clock = clock;
        this.jurisdictionClock = jurisdictionClock;
        this.signatories = signatories;
    }

    /**
     * Issues the report of the case's audit trail as it stands. A later report of the same case
     * supersedes the earlier one ({@link DocumentArchive#reissue}): it covers the same entries and those
     * recorded since, so whoever verifies the earlier printed report learns that a newer one exists.
     */
    public StoredDocument issue(Actor actor, String caseId) {
        CaseFile file = cases.visible(actor, caseId);
        ChainVerification chain = verifier.verify();
        ZoneId zone = zoneOfAuthority(actor);
        List<CaseAuditReport.Entry> entries = new ArrayList<>();
        search.forEach(
                AuditQuery.all().withCase(file.id()),
                e -> entries.add(new CaseAuditReport.Entry(
                        e.recordedAt().atZone(zone),
                        e.event().actor().id(),
                        e.event().action(),
                        e.hash())));
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        Text authority = authority(actor);
        JurisdictionRef issuing = actor.jurisdiction() == null ? ref(file.requested()) : ref(actor.jurisdiction());
        JurisdictionRef addressed =
                issuing.code().equals(file.requesting()) ? ref(file.requested()) : ref(file.requesting());
        DocumentHeader header = new DocumentHeader(
                UUID.randomUUID(),
                file.reference(),
                issuing,
                addressed,
                now,
                DocumentLanguages.between(
                        jurisdictions.require(issuing.code()), jurisdictions.require(addressed.code())),
                List.of(signatories.officer(
                        actor.id(), actor.jurisdiction(), Signatories.AUDITED_BY, now.toInstant())));
        DocumentRequest request =
                new DocumentRequest(header, new CaseAuditReport(entries, chain.valid(), chain.head(), authority, zone));
        return tx.execute(s -> latestReportOf(actor, file.id())
                .map(previous -> archive.reissue(previous.id(), request, actor))
                .orElseGet(() -> archive.issue(file.id(), request, actor)));
    }

    /** The auditor's report of the case still in force, which a new one of theirs supersedes. */
    private Optional<StoredDocument> latestReportOf(Actor actor, UUID caseId) {
        return archive.listFor(caseId).stream()
                .filter(d -> d.type() == DocumentType.CASE_AUDIT_REPORT)
                .filter(d -> actor.id().equals(d.createdBy()))
                .filter(d -> archive.supersededBy(d.id()).isEmpty())
                .reduce((first, second) -> second);
    }

    /**
     * The report is issued by the auditing authority in its own zone: a state's auditor reads the
     * times in its state's zone ({@link JurisdictionClock}); the joint oversight auditor, who belongs
     * to neither state, in UTC. The zone is named on the report.
     */
    private ZoneId zoneOfAuthority(Actor actor) {
        return actor.jurisdiction() == null ? ZoneOffset.UTC : jurisdictionClock.zoneOf(actor.jurisdiction());
    }

    private Text authority(Actor actor) {
        if (actor.jurisdiction() == null) {
            return Phrase.of("authority.joint-oversight");
        }
        Jurisdiction state = jurisdictions.require(actor.jurisdiction());
        return Phrase.of("authority.audit", state.names(), new CountryName(state.code()));
    }

    private JurisdictionRef ref(String code) {
        Jurisdiction j = jurisdictions.require(code);
        return new JurisdictionRef(j.code(), j.names());
    }
}
