package org.comity.core.mla;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.casefile.CaseJson;
import org.comity.core.casefile.RequestVersions;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestRecords;
import org.comity.core.mla.form.EvidenceItem;
import org.comity.core.mla.form.GroundFound;
import org.comity.core.mla.form.MlaGroundCode;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.validation.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comity's own MLA tables: the request as submitted with its persons concerned (personal data), the
 * pre-check's warnings, the refusal grounds found, and the evidence items recorded on execution.
 */
@Repository
public class MlaRecords implements RequestRecords<MlaRequest> {

    private final JdbcClient jdbc;
    private final CaseJson json;
    private final Clock clock;
    private final RequestVersions versions;

    MlaRecords(JdbcClient jdbc, ObjectMapper mapper, Clock clock, RequestVersions versions) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.json = new CaseJson(mapper);
        this.clock = clock;
    }

    /** Stores a request for a case, one row per person concerned, and returns the request's id. */
    public UUID store(UUID caseId, MlaRequest request, Actor submittedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO mla_request (id, case_id, legal_basis_id, assistance_types, confidential, deadline,
                    hearing_date, request_json, submitted_by, submitted_by_kind, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        caseId,
                        request.legalBasisId(),
                        request.assistanceTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        request.confidential(),
                        request.deadline(),
                        request.summons() == null ? null : request.summons().hearingDate(),
                        json.write(request),
                        submittedBy.id(),
                        submittedBy.kind().name(),
                        now())
                .update();
        storePersons(id, request);
        versions.record(caseId, request, submittedBy);
        return id;
    }

    /**
     * Replaces the case's request, its persons concerned and its warnings by an amended version (a
     * returned request corrected by the requesting officer), keeping the earlier version in
     * {@link RequestVersions}.
     */
    public void amend(UUID caseId, MlaRequest request, List<FieldError> warnings, Actor amendedBy) {
        UUID id = jdbc.sql("SELECT id FROM mla_request WHERE case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                UPDATE mla_request SET legal_basis_id = ?, assistance_types = ?, confidential = ?, deadline = ?,
                    hearing_date = ?, request_json = ?, warnings_json = ? WHERE id = ?""")
                .params(
                        request.legalBasisId(),
                        request.assistanceTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        request.confidential(),
                        request.deadline(),
                        request.summons() == null ? null : request.summons().hearingDate(),
                        json.write(request),
                        json.write(warnings),
                        id)
                .update();
        jdbc.sql("DELETE FROM mla_person WHERE request_id = ?").param(id).update();
        storePersons(id, request);
        versions.record(caseId, request, amendedBy);
    }

    private void storePersons(UUID requestId, MlaRequest request) {
        for (int i = 0; i < request.personsConcerned().size(); i++) {
            PersonConcerned person = request.personsConcerned().get(i);
            jdbc.sql("""
                    INSERT INTO mla_person (request_id, person_no, person_role, name_original, name_latin,
                        date_of_birth, nationalities)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            requestId,
                            i + 1,
                            person.role().name(),
                            person.nameInOriginalScript(),
                            person.nameInLatinScript(),
                            person.dateOfBirth(),
                            String.join(",", person.nationalities()))
                    .update();
        }
    }

    public MlaRequest request(UUID requestId) {
        return read(jdbc.sql("SELECT request_json FROM mla_request WHERE id = ?")
                .param(requestId)
                .query(String.class)
                .single());
    }

    public Optional<MlaRequest> requestOfCase(UUID caseId) {
        return jdbc.sql("SELECT request_json FROM mla_request WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /** Who drafted the case's request, if a person did (the four-eyes rule ignores agencies). */
    @Override
    public Optional<String> drafter(UUID caseId) {
        return jdbc.sql("SELECT submitted_by FROM mla_request WHERE case_id = ? AND submitted_by_kind = 'PERSON'")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    public void storeWarnings(UUID requestId, List<FieldError> warnings) {
        jdbc.sql("UPDATE mla_request SET warnings_json = ? WHERE id = ?")
                .params(json.write(warnings), requestId)
                .update();
    }

    /** Replaces the grounds found for the case by the latest assessment. */
    public void replaceGrounds(UUID caseId, List<GroundFound> grounds) {
        jdbc.sql("DELETE FROM mla_ground WHERE case_id = ?").param(caseId).update();
        OffsetDateTime now = now();
        for (GroundFound ground : grounds) {
            jdbc.sql("""
                    INSERT INTO mla_ground (case_id, ground_code, mandatory, article_reference, assessed_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(caseId, ground.code().name(), ground.mandatory(), ground.articleReference(), now)
                    .update();
        }
    }

    public List<GroundFound> grounds(UUID caseId) {
        return jdbc.sql("SELECT ground_code, mandatory, article_reference FROM mla_ground WHERE case_id = ? "
                        + "ORDER BY ground_code")
                .param(caseId)
                .query((rs, n) ->
                        new GroundFound(MlaGroundCode.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    /** Replaces the case's evidence items by those of the latest execution. */
    public void replaceEvidence(UUID caseId, List<EvidenceItem> items, String recordedBy) {
        jdbc.sql("DELETE FROM mla_evidence_item WHERE case_id = ?")
                .param(caseId)
                .update();
        OffsetDateTime now = now();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            jdbc.sql("""
                    INSERT INTO mla_evidence_item (case_id, item_no, description, source, sha256, recorded_by,
                        recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            caseId,
                            i + 1,
                            item.description(),
                            item.source(),
                            item.sha256(),
                            Objects.requireNonNull(recordedBy),
                            now)
                    .update();
        }
    }

    public List<EvidenceItem> evidence(UUID caseId) {
        return jdbc.sql("SELECT description, source, sha256 FROM mla_evidence_item WHERE case_id = ? ORDER BY item_no")
                .param(caseId)
                .query((rs, n) -> new EvidenceItem(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private MlaRequest read(String stored) {
        return json.read(stored, MlaRequest.class);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
