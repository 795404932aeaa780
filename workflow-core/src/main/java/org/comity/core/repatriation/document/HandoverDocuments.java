package org.comity.core.repatriation.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.FreeText;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.Officer;
import org.comity.core.document.PersonName;
import org.comity.core.document.Signatory;
import org.comity.core.document.Transport;
import org.comity.core.document.TravelDocument;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.DocumentLanguages;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.repatriation.Operation;
import org.comity.core.repatriation.Operations;
import org.comity.core.repatriation.PersonStates;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.Transfer;
import org.comity.core.repatriation.Transfers;
import org.comity.core.repatriation.form.ExecuteHandoverForm;
import org.comity.core.repatriation.form.NationalityVerification;
import org.comity.core.repatriation.request.PersonCategory;
import org.comity.core.repatriation.request.TransferInput;
import org.comity.core.signature.OfficerProfiles;
import org.comity.core.signature.Signatories;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.text.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a transfer's handover manifest (once its plan is approved) and handover receipt (once the
 * receiving state has acknowledged it) through the document archive. The receipt states the handover
 * as the holding officer recorded it and the manifest it acknowledges. Each document's id is derived
 * from the transfer, so that a retried job finds the document already issued instead of issuing twice.
 */
@Service
public class HandoverDocuments {

    private final JdbcClient jdbc;
    private final Operations operations;
    private final Transfers transfers;
    private final CaseFiles cases;
    private final DocumentArchive archive;
    private final JurisdictionRegistry jurisdictions;
    private final Clock clock;
    private final CaseSubmissions submissions;
    private final PersonStates states;
    private final Signatories signatories;
    private final OfficerProfiles profiles;

    HandoverDocuments(
            JdbcClient jdbc,
            Operations operations,
            Transfers transfers,
            CaseFiles cases,
            DocumentArchive archive,
            JurisdictionRegistry jurisdictions,
            Clock clock,
            CaseSubmissions submissions,
            PersonStates states,
            Signatories signatories,
            OfficerProfiles profiles) {
        this.states = states;
        this.signatories = signatories;
        this.profiles = profiles;
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.operations = operations;
        this.transfers = transfers;
        this.cases = cases;
        this.archive = archive;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @Transactional
    public void issueManifest(UUID transferId) {
        UUID id = documentId("handover-manifest", transferId);
        if (archive.find(id).isPresent()) {
            return;
        }
        Operation op =
                operations.find(transfers.operationOf(transferId).orElseThrow()).orElseThrow();
        Transfer transfer = transfers.find(op.id(), transferId).orElseThrow();
        Actor approver =
                Actor.person(submitter(transferId, "Task_ApproveTransferPlan"), Role.SUPERVISOR, op.holdingState());
        Jurisdiction holding = jurisdictions.require(op.holdingState());
        String language = language(holding);
        var manifest = new HandoverManifest(
                transferId,
                FreeText.asWritten(op.name(), language),
                FreeText.asWritten(transfer.borderPoint(), language),
                transfer.transferDate().atStartOfDay(holding.zone()),
                transport(transfer),
                manifestEntries(transferId, op.receivingState()),
                escorts(transfer));
        archive.issue(
                op.id(),
                new DocumentRequest(
                        header(
                                id,
                                op,
                                holding,
                                List.of(signed(
                                        transferId,
                                        RepatriationModel.TASK_APPROVE_TRANSFER_PLAN,
                                        op.holdingState(),
                                        Signatories.HANDED_OVER_BY))),
                        manifest),
                approver);
    }

    @Transactional
    public void issueReceipt(UUID transferId) {
        UUID id = documentId("handover-receipt", transferId);
        if (archive.find(id).isPresent()) {
            return;
        }
        Operation op =
                operations.find(transfers.operationOf(transferId).orElseThrow()).orElseThrow();
        Transfer transfer = transfers.find(op.id(), transferId).orElseThrow();
        Jurisdiction receiving = jurisdictions.require(op.receivingState());
        String user = submitter(transferId, "Task_AcknowledgeReceipt");
        Actor receiver = Actor.person(user, Role.OFFICER, op.receivingState());
        List<HandoverReceipt.Discrepancy> discrepancies = jdbc.sql("""
                SELECT p.name_original, p.name_latin, tp.discrepancy FROM repatriation_transfer_person tp
                JOIN repatriation_person p ON p.id = tp.person_id
                WHERE tp.transfer_id = ? AND tp.received = FALSE ORDER BY p.name_latin, p.id""")
                .param(transferId)
                .query((rs, n) -> new HandoverReceipt.Discrepancy(
                        name(rs.getString(1), rs.getString(2)),
                        FreeText.optional(rs.getString(3), language(receiving))))
                .list();
        int listed = transfer.personIds().size();
        List<HandoverReceipt.Line> lines = receiptLines(transferId);
        String holdingLanguage = language(jurisdictions.require(op.holdingState()));
        Optional<ExecuteHandoverForm> handover = executedHandover(transferId);
        var receipt = new HandoverReceipt(
                transferId,
                FreeText.asWritten(transfer.borderPoint(), holdingLanguage),
                handover.map(h -> h.handedOverAt().atZoneSameInstant(receiving.zone()))
                        .orElse(null),
                transport(transfer),
                listed,
                listed - discrepancies.size(),
                lines,
                discrepancies,
                receivingOfficer(user, receiving),
                escorts(transfer),
                handover.map(h -> new HandoverReceipt.Handover(
                                h.handedOverCount(),
                                h.escortOfficers(),
                                FreeText.optional(h.remarks(), holdingLanguage)))
                        .orElse(null),
                archive.find(documentId("handover-manifest", transferId))
                        .map(m -> new HandoverReceipt.ManifestReference(m.id(), m.verificationCode(), m.sha256()))
                        .orElse(null));
        List<Signatory> bothSides = List.of(
                signed(
                        transferId,
                        RepatriationModel.TASK_EXECUTE_HANDOVER,
                        op.holdingState(),
                        Signatories.HANDED_OVER_BY),
                signed(
                        transferId,
                        RepatriationModel.TASK_ACKNOWLEDGE_RECEIPT,
                        op.receivingState(),
                        Signatories.RECEIVED_BY));
        archive.issue(op.id(), new DocumentRequest(header(id, op, receiving, bothSides), receipt), receiver);
    }

    /**
     * The persons on the transfer with the travel document issued to each ({@link TravelDocuments}),
     * the nationality the receiving state verified and the screening outcome (from their processes);
     * a person held back by a route conflict before the manifest is issued is not on it.
     */
    private List<HandoverManifest.Entry> manifestEntries(UUID transferId, String receivingState) {
        List<ManifestRow> rows = jdbc.sql("""
                SELECT p.name_original, p.name_latin, p.sex, p.date_of_birth, p.travel_document_type,
                    p.travel_document_number, p.travel_document_expiry, p.category, p.process_instance_id
                FROM repatriation_transfer_person tp JOIN repatriation_person p ON p.id = tp.person_id
                WHERE tp.transfer_id = ? AND (tp.received IS NULL OR tp.received) ORDER BY p.name_latin, p.id""")
                .param(transferId)
                .query((rs, n) -> new ManifestRow(
                        name(rs.getString(1), rs.getString(2)),
                        "FEMALE".equals(rs.getString(3)) ? "F" : "M",
                        rs.getDate(4).toLocalDate(),
                        travelDocument(rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)),
                        PersonCategory.valueOf(rs.getString(8)),
                        rs.getString(9)))
                .list();
        Map<String, PersonStates.ManifestFacts> facts = states.manifestFacts(
                rows.stream().map(ManifestRow::process).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> {
                    PersonStates.ManifestFacts f =
                            facts.getOrDefault(r.process(), new PersonStates.ManifestFacts(null, null));
                    return new HandoverManifest.Entry(
                            r.name(),
                            r.sex(),
                            r.dateOfBirth(),
                            NationalityVerification.CONFIRMED.name().equals(f.nationalityVerification())
                                    ? receivingState
                                    : null,
                            ScreeningStatuses.of(r.category(), f.traffickingScreening()),
                            r.travelDocument());
                })
                .toList();
    }

    private record ManifestRow(
            PersonName name,
            String sex,
            LocalDate dateOfBirth,
            TravelDocument travelDocument,
            PersonCategory category,
            String process) {}

    /** Every person on the manifest in its order, with the travel document and whether received. */
    private List<HandoverReceipt.Line> receiptLines(UUID transferId) {
        return jdbc.sql("""
                SELECT p.name_original, p.name_latin, p.travel_document_type, p.travel_document_number,
                    p.travel_document_expiry, tp.received
                FROM repatriation_transfer_person tp JOIN repatriation_person p ON p.id = tp.person_id
                WHERE tp.transfer_id = ? ORDER BY p.name_latin, p.id""")
                .param(transferId)
                .query((rs, n) -> new HandoverReceipt.Line(
                        name(rs.getString(1), rs.getString(2)),
                        travelDocument(rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)),
                        rs.getBoolean(6)))
                .list();
    }

    private static TravelDocument travelDocument(String type, String number, LocalDate expiry) {
        TravelDocument.Kind kind = kind(type);
        return kind == TravelDocument.Kind.NONE
                ? new TravelDocument(kind, "", null)
                : new TravelDocument(kind, number, expiry);
    }

    private static Transport transport(Transfer transfer) {
        return new Transport(
                transfer.mode() == TransferInput.TransferMode.AIR ? Transport.Mode.AIR : Transport.Mode.LAND,
                transfer.vehicle());
    }

    private static List<Officer> escorts(Transfer transfer) {
        return transfer.escorts().stream()
                .map(e -> new Officer(new PersonName(e.name(), e.name()), e.agency(), e.badge()))
                .toList();
    }

    /** The block of the officer who completed the transfer's step, for their side's act. */
    private Signatory signed(UUID transferId, String taskKey, String state, Text act) {
        return signatories.of(
                processOf(transferId).flatMap(p -> submissions.lastCompletionInProcess(p, taskKey)), state, act);
    }

    /** The receiving officer as the receipt names them: from their profile, else their state's police. */
    private Officer receivingOfficer(String user, Jurisdiction receiving) {
        return profiles.find(user)
                .map(p -> new Officer(p.name(), p.authority().in("en"), null))
                .orElseGet(() -> new Officer(new PersonName("—", "—"), receiving.nameEn(), null));
    }

    private Optional<String> processOf(UUID transferId) {
        return jdbc.sql("SELECT process_instance_id FROM repatriation_transfer WHERE id = ?")
                .param(transferId)
                .query(String.class)
                .optional();
    }

    private DocumentHeader header(UUID id, Operation op, Jurisdiction issuing, List<Signatory> signedBy) {
        Jurisdiction other = jurisdictions.require(
                issuing.code().equals(op.holdingState()) ? op.receivingState() : op.holdingState());
        String reference = cases.find(op.id()).orElseThrow().reference();
        return new DocumentHeader(
                id,
                reference,
                ref(issuing),
                ref(other),
                ZonedDateTime.now(clock).withZoneSameInstant(issuing.zone()),
                DocumentLanguages.between(issuing, other),
                signedBy);
    }

    /** What the holding officer recorded at {@code Task_ExecuteHandover}, read back as its form. */
    private Optional<ExecuteHandoverForm> executedHandover(UUID transferId) {
        return jdbc.sql("SELECT process_instance_id FROM repatriation_transfer WHERE id = ?")
                .param(transferId)
                .query(String.class)
                .optional()
                .flatMap(process -> submissions.latestInProcess(
                        process, RepatriationModel.TASK_EXECUTE_HANDOVER, ExecuteHandoverForm.class));
    }

    private String submitter(UUID transferId, String taskKey) {
        return jdbc.sql("""
                SELECT s.submitted_by FROM task_submission s JOIN repatriation_transfer t ON t.process_instance_id = s.process_instance_id
                WHERE t.id = ? AND s.task_key = ? ORDER BY s.submitted_at DESC""").params(transferId, taskKey).query(String.class).list().stream()
                .findFirst()
                .orElse("system");
    }

    private static PersonName name(String original, String latin) {
        return new PersonName(original == null ? latin : original, latin);
    }

    private static TravelDocument.Kind kind(String type) {
        if (type == null) {
            return TravelDocument.Kind.NONE;
        }
        return switch (type) {
            case "PASSPORT" -> TravelDocument.Kind.PASSPORT;
            case "EMERGENCY_TRAVEL_DOCUMENT" -> TravelDocument.Kind.EMERGENCY_TRAVEL_DOC;
            case "LAISSEZ_PASSER" -> TravelDocument.Kind.LAISSEZ_PASSER;
            default -> TravelDocument.Kind.NONE;
        };
    }

    /** The language free text of the state's officers is written in: its first configured language. */
    private static String language(Jurisdiction state) {
        return state.languages().isEmpty() ? "en" : state.languages().get(0);
    }

    private static JurisdictionRef ref(Jurisdiction j) {
        return new JurisdictionRef(j.code(), j.names());
    }

    static UUID documentId(String kind, UUID transferId) {
        return UUID.nameUUIDFromBytes((kind + ":" + transferId).getBytes(StandardCharsets.UTF_8));
    }
}
