package org.comity.core.extradition.process;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.BilingualText;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.PersonName;
import org.comity.core.document.Signatory;
import org.comity.core.document.Subject;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.stereotype.Service;

/**
 * Issues one extradition document for a case through the archive, in the job's transaction. The
 * document id is derived from case, type and occurrence, so a job that is retried after a
 * failure issues the same document instead of a second one.
 */
@Service
public class ExtraditionDocumentService {

    private final DocumentArchive archive;
    private final CaseFiles cases;
    private final ExtraditionRecords records;
    private final JurisdictionRegistry jurisdictions;

    ExtraditionDocumentService(DocumentArchive archive, CaseFiles cases, ExtraditionRecords records,
            JurisdictionRegistry jurisdictions) {
        this.archive = archive;
        this.cases = cases;
        this.records = records;
        this.jurisdictions = jurisdictions;
    }

    /** The case, its stored request and the text values officers entered, for building a document. */
    public record Sources(CaseFile caseFile, ExtraditionRequest request, ExtraditionRecords records) {

        public Map<String, Object> submission(String taskKey) {
            return records.latestSubmission(caseFile.id().toString(), taskKey);
        }

        public Subject subject() {
            var person = request.person();
            return new Subject(new PersonName(person.nameInOriginalScript(), person.nameInLatinScript()),
                    person.sex().name(), person.dateOfBirth(), String.join(", ", person.nationalities()), null);
        }
    }

    public Sources sources(String caseId) {
        UUID id = UUID.fromString(caseId);
        return new Sources(cases.find(id).orElseThrow(), records.requestOfCase(id).orElseThrow(), records);
    }

    /** Issues {@code content} from {@code issuing} to {@code receiving} and sets the case status. */
    public StoredDocument issue(Sources sources, DocumentContent content, String issuing, String receiving,
            ExtraditionStatus status) {
        CaseFile caseFile = sources.caseFile();
        long occurrence = archive.listFor(caseFile.id()).stream().filter(d -> d.type() == content.type()).count();
        UUID documentId = UUID.nameUUIDFromBytes(("extradition:" + caseFile.id() + ":" + content.type() + ":"
                + occurrence).getBytes(StandardCharsets.UTF_8));
        Jurisdiction from = jurisdictions.require(issuing);
        DocumentHeader header = new DocumentHeader(documentId, caseFile.reference(), ref(from),
                ref(jurisdictions.require(receiving)),
                ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), from.zone()),
                List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE),
                List.of(new Signatory(new PersonName(from.nameLocal(), from.nameEn()),
                        BilingualText.of("Competent authority", "主管机关"),
                        BilingualText.of(from.nameEn(), from.nameLocal()))));
        StoredDocument stored = archive.issue(caseFile.id(), new DocumentRequest(header, content), system(issuing));
        if (status != null) {
            cases.changeStatus(caseFile.id(), status.name());
        }
        return stored;
    }

    private static JurisdictionRef ref(Jurisdiction jurisdiction) {
        return new JurisdictionRef(jurisdiction.code(), jurisdiction.nameEn(), jurisdiction.nameLocal());
    }

    /** Documents issued by a process step are issued by Comity on behalf of the state's authority. */
    private static Actor system(String jurisdiction) {
        return new Actor("comity-extradition", ActorKind.SYSTEM, Role.AGENCY, jurisdiction);
    }
}
