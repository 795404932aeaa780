package org.comity.core.extradition.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.FreeText;
import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.core.document.Signatory;
import org.comity.core.document.Subject;
import org.comity.core.document.SupplementaryInformationRequest;
import org.comity.core.document.SurrenderRecord;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.document.ExtraditionDocumentService.Sources;
import org.comity.core.extradition.form.AgreeSurrenderForm;
import org.comity.core.extradition.form.CheckCompletenessForm;
import org.comity.core.extradition.form.ExecuteSurrenderForm;
import org.comity.core.extradition.form.RecordProvisionalArrestForm;
import org.comity.core.extradition.form.ReleasePersonForm;
import org.comity.core.extradition.speciality.SpecialityRegister;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.signature.Signatories;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.springframework.stereotype.Component;

/**
 * The document steps of both sides: the extradition request, the request for supplementary
 * information, the surrender record and the release notice (legal-domain.md §2.8); the surrender also
 * opens the person's speciality register ({@link SpecialityRegister}). Each step's delegate
 * calls its own method; the content comes from the stored request
 * ({@link ExtraditionContents}) and the officers' completed forms, read back as their records.
 */
@Component
public class ExtraditionDocumentIssuer {

    private final ExtraditionDocumentService documents;
    private final ExtraditionContents contents;
    private final JurisdictionRegistry jurisdictions;
    private final SpecialityRegister speciality;

    ExtraditionDocumentIssuer(
            ExtraditionDocumentService documents,
            ExtraditionContents contents,
            JurisdictionRegistry jurisdictions,
            SpecialityRegister speciality) {
        this.documents = documents;
        this.contents = contents;
        this.jurisdictions = jurisdictions;
        this.speciality = speciality;
    }

    /** The extradition request, signed by the supervisor who approved it ({@code ServiceTask_IssueExtraditionRequest}). */
    public void issueRequest(String caseId, String requesting, String requested) {
        Sources sources = documents.sources(caseId);
        documents.issue(
                sources,
                contents.request(sources.request()),
                requesting,
                requested,
                ExtraditionStatus.REQUEST_SENT,
                List.of(documents.officerOf(
                        sources, Requesting.REVIEW_REQUEST, requesting, Signatory.ISSUING_AUTHORITY)));
    }

    /**
     * The request for supplementary information, listing what the completeness check found missing,
     * answerable until the day before the window expires ({@code expiresAt}).
     */
    public void requestSupplementaryInformation(
            String caseId, String requesting, String requested, OffsetDateTime expiresAt) {
        Sources sources = documents.sources(caseId);
        documents.issue(
                sources,
                supplementary(sources, expiresAt, requested),
                requested,
                requesting,
                ExtraditionStatus.SUPPLEMENTARY_REQUESTED,
                List.of(documents.officerOf(
                        sources, Requested.CHECK_COMPLETENESS, requested, Signatory.ISSUING_AUTHORITY)));
    }

    /**
     * The surrender record, which also opens the person's speciality register. The end event that
     * follows closes the case.
     */
    public void issueSurrenderRecord(String caseId, String requesting, String requested) {
        Sources sources = documents.sources(caseId);
        SurrenderRecord record = surrender(sources, requested);
        documents.issue(
                sources,
                record,
                requested,
                requesting,
                null,
                surrenderSignatures(sources, record, requested, requesting));
        speciality.recordSurrender(
                sources.caseFile().id(), record.surrenderedAt().toLocalDate());
    }

    /**
     * The release notice: after a grant the surrender was abandoned, otherwise the provisional arrest
     * (made on {@code arrestedOn}, if known) lapsed. The end event that follows closes the case.
     */
    public void issueReleaseNotice(
            String caseId, String requesting, String requested, boolean granted, LocalDate arrestedOn) {
        Sources sources = documents.sources(caseId);
        documents.issue(
                sources,
                release(sources, granted, arrestedOn, requested),
                requested,
                requesting,
                null,
                List.of(documents.officerOf(
                        sources, Requested.RELEASE_PERSON, requested, Signatory.ISSUING_AUTHORITY)));
    }

    /**
     * Both sides sign the surrender record: the requested state's officer who recorded the surrender,
     * named from their profile, and the requesting state's receiving officers. Those take the person
     * over at the border and record nothing in Comity before the record is issued (their side confirms
     * receipt afterwards), so their block names them as the handing-over officer recorded them in the
     * executed surrender, rather than leaving the names to be written in by hand.
     */
    private List<Signatory> surrenderSignatures(
            Sources sources, SurrenderRecord record, String requested, String requesting) {
        LocalDate day = record.surrenderedAt().toLocalDate();
        return List.of(
                documents.officerOf(sources, Requested.EXECUTE_SURRENDER, requested, Signatories.HANDED_OVER_BY),
                documents.recordedBy(record.receivingOfficers().text(), requesting, Signatories.RECEIVED_BY, day));
    }

    private DocumentContent supplementary(Sources sources, OffsetDateTime expiresAt, String requested) {
        String missing = sources.submission(Requested.CHECK_COMPLETENESS, CheckCompletenessForm.class)
                .map(CheckCompletenessForm::missingItems)
                .orElse(null);
        LocalDate lastDay = expiresAt.toLocalDate().minusDays(1);
        return new SupplementaryInformationRequest(
                subject(sources),
                sources.caseFile().reference(),
                lines(missing).stream()
                        .map(line -> contents.writtenBy(requested, line))
                        .toList(),
                lastDay,
                Phrase.of("extradition.supplementary.consequence"));
    }

    /**
     * The surrender as agreed and as executed, both recorded by the requested state's officers; the
     * officers are kept as written (one text each), never split into names.
     */
    private SurrenderRecord surrender(Sources sources, String requested) {
        AgreeSurrenderForm agreed = sources.submission(Requested.AGREE_SURRENDER, AgreeSurrenderForm.class)
                .orElseThrow(() -> new IllegalStateException("A surrender is executed only after it was agreed"));
        ExecuteSurrenderForm executed = sources.submission(Requested.EXECUTE_SURRENDER, ExecuteSurrenderForm.class)
                .orElseThrow(() -> new IllegalStateException("The surrender record follows the executed surrender"));
        ZoneId zone = jurisdictions.require(requested).zone();
        return new SurrenderRecord(
                subject(sources),
                agreed.agreedDate(),
                contents.writtenBy(requested, agreed.place()),
                contents.writtenBy(requested, agreed.escort()),
                executed.surrenderedAt().atZoneSameInstant(zone),
                contents.writtenBy(requested, executed.deliveringOfficers()),
                contents.writtenBy(requested, executed.receivingOfficers()),
                lines(executed.propertyHandedOver()).stream()
                        .map(p -> contents.writtenBy(requested, p))
                        .toList());
    }

    private DocumentContent release(Sources sources, boolean abandoned, LocalDate arrestedOn, String requested) {
        ZoneId zone = jurisdictions.require(requested).zone();
        Optional<ReleasePersonForm> released = sources.submission(Requested.RELEASE_PERSON, ReleasePersonForm.class);
        ZonedDateTime releasedAt =
                released.map(form -> form.releasedAt().atZoneSameInstant(zone)).orElseGet(() -> now(zone));
        FreeText place = sources.submission(Requested.RECORD_PROVISIONAL_ARREST, RecordProvisionalArrestForm.class)
                .map(form -> contents.writtenBy(requested, form.place()))
                .orElse(null);
        ZonedDateTime arrestedAt = arrestedOn == null ? releasedAt : arrestedOn.atStartOfDay(zone);
        Text ground = Phrase.of(
                abandoned ? "extradition.release.surrender-abandoned" : "extradition.release.no-formal-request");
        int days = (int) ChronoUnit.DAYS.between(arrestedAt.toLocalDate(), releasedAt.toLocalDate());
        return new ProvisionalArrestReleaseNotice(
                subject(sources),
                arrestedAt,
                releasedAt,
                days,
                ground,
                place,
                released.map(form -> contents.writtenBy(requested, form.remarks()))
                        .orElse(null));
    }

    private Subject subject(Sources sources) {
        return contents.subject(sources.request());
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static ZonedDateTime now(ZoneId zone) {
        return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }
}
