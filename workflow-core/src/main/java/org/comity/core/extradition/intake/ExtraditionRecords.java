package org.comity.core.extradition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.casefile.CaseJson;
import org.comity.core.casefile.RequestVersions;
import org.comity.core.extradition.EarlierRequest;
import org.comity.core.extradition.ExtraditionRequests;
import org.comity.core.extradition.ExtraditionSubjectNames;
import org.comity.core.extradition.GroundFound;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestRecords;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.validation.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comity's own extradition tables: the request as submitted (with the person's personal data),
 * the pre-check's warnings, the refusal grounds found, and the text values officers entered in the
 * case's task forms (which stay in {@code task_submission}, out of the engine).
 */
@Repository
public class ExtraditionRecords implements ExtraditionRequests, RequestRecords<ExtraditionRequest> {

    private final JdbcClient jdbc;
    private final CaseJson json;
    private final CaseSubmissions submissions;
    private final Clock clock;
    private final ExtraditionSubjectNames subjectNames;
    private final RequestVersions versions;

    ExtraditionRecords(
            JdbcClient jdbc,
            ObjectMapper mapper,
            CaseSubmissions submissions,
            Clock clock,
            ExtraditionSubjectNames subjectNames,
            RequestVersions versions) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.json = new CaseJson(mapper);
        this.submissions = submissions;
        this.clock = clock;
        this.subjectNames = subjectNames;
    }

    /** Stores a request for a case and returns its id. */
    public UUID store(UUID caseId, ExtraditionRequest request, Actor submittedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO extradition_request (id, case_id, legal_basis_id, urgency, request_json, submitted_by,
                    submitted_by_kind, received_at, person_name_original, person_name_latin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        caseId,
                        request.legalBasisId(),
                        request.urgency().name(),
                        json.write(request),
                        submittedBy.id(),
                        submittedBy.kind().name(),
                        now(),
                        request.person().nameInOriginalScript(),
                        request.person().nameInLatinScript())
                .update();
        subjectNames.index(caseId, request.person());
        versions.record(caseId, request, submittedBy);
        return id;
    }

    /**
     * Replaces the case's request and its warnings (as the pre-check records them, in English) by its
     * amended version (a returned request corrected by the requesting officer), keeping the earlier
     * version in {@link RequestVersions}.
     */
    public void amend(UUID caseId, ExtraditionRequest request, List<FieldError> warnings, Actor amendedBy) {
        jdbc.sql("""
                UPDATE extradition_request SET legal_basis_id = ?, urgency = ?, request_json = ?, warnings_json = ?,
                    person_name_original = ?, person_name_latin = ? WHERE case_id = ?""")
                .params(
                        request.legalBasisId(),
                        request.urgency().name(),
                        json.write(request),
                        json.write(warnings),
                        request.person().nameInOriginalScript(),
                        request.person().nameInLatinScript(),
                        caseId)
                .update();
        subjectNames.reindex(caseId, request.person());
        versions.record(caseId, request, amendedBy);
    }

    @Override
    public Optional<ExtraditionRequest> requestOfCase(UUID caseId) {
        return jdbc.sql("SELECT request_json FROM extradition_request WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(this::request);
    }

    public ExtraditionRequest request(UUID requestId) {
        return request(jdbc.sql("SELECT request_json FROM extradition_request WHERE id = ?")
                .param(requestId)
                .query(String.class)
                .single());
    }

    /**
     * The requests of the other extradition cases between the same two states whose status is one of
     * {@code statuses}, e.g. the abandoned ones (S10 Art. 40).
     */
    public List<EarlierRequest> requestsBetween(
            String requesting, String requested, List<String> statuses, UUID excludingCase) {
        List<Object> params = new java.util.ArrayList<>(List.of(requesting, requested, excludingCase));
        params.addAll(statuses);
        return requests(
                "c.requesting_jurisdiction = ? AND c.requested_jurisdiction = ? AND c.id <> ?", statuses, params);
    }

    @Override
    public List<EarlierRequest> requestsTo(String requested, List<String> statuses) {
        List<Object> params = new java.util.ArrayList<>(List.of(requested));
        params.addAll(statuses);
        return requests("c.requested_jurisdiction = ?", statuses, params);
    }

    private List<EarlierRequest> requests(String condition, List<String> statuses, List<Object> params) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
        return jdbc.sql("SELECT c.id, c.reference, c.status, r.request_json FROM extradition_request r "
                        + "JOIN comity_case c ON c.id = r.case_id WHERE " + condition + " AND c.status IN (" + marks
                        + ") "
                        + "ORDER BY c.created_at")
                .params(params)
                .query((rs, n) -> new EarlierRequest(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), request(rs.getString(4))))
                .list();
    }

    /** Who submitted the case's request (the drafter, for the four-eyes rule). */
    @Override
    public Optional<String> drafter(UUID caseId) {
        return jdbc.sql(
                        "SELECT submitted_by FROM extradition_request WHERE case_id = ? AND submitted_by_kind = 'PERSON'")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    public void storeWarnings(UUID requestId, List<FieldError> warnings) {
        jdbc.sql("UPDATE extradition_request SET warnings_json = ? WHERE id = ?")
                .params(json.write(warnings), requestId)
                .update();
    }

    /** Records an extension the requesting state obtained, with the cause it gave. */
    public void storeExtension(UUID caseId, String window, String cause, Actor requestedBy) {
        jdbc.sql("""
                INSERT INTO extradition_extension (id, case_id, extended_window, cause, requested_by, requested_by_kind,
                    requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        caseId,
                        window,
                        cause,
                        requestedBy.id(),
                        requestedBy.kind().name(),
                        now())
                .update();
    }

    /** Replaces the grounds found for the case by the latest evaluation. */
    public void replaceGrounds(UUID caseId, List<GroundFound> grounds) {
        jdbc.sql("DELETE FROM extradition_ground WHERE case_id = ?")
                .param(caseId)
                .update();
        OffsetDateTime now = now();
        for (GroundFound ground : grounds) {
            jdbc.sql("""
                    INSERT INTO extradition_ground (case_id, ground_code, mandatory, article_reference, assessed_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(caseId, ground.code(), ground.mandatory(), ground.articleReference(), now)
                    .update();
        }
    }

    @Override
    public List<GroundFound> grounds(UUID caseId) {
        return jdbc.sql("SELECT ground_code, mandatory, article_reference FROM extradition_ground WHERE case_id = ? "
                        + "ORDER BY ground_code")
                .param(caseId)
                .query((rs, n) -> new GroundFound(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    /** Users who completed a task of the case, newest first. */
    public List<String> submittersOf(String caseId, String taskKey) {
        return submissions.submittersOf(caseId, taskKey);
    }

    /** The latest completion of a task of the case as its form record; empty if never completed. */
    public <F extends Record> java.util.Optional<F> latestSubmission(String caseId, String taskKey, Class<F> form) {
        return submissions.latest(caseId, taskKey, form);
    }

    private ExtraditionRequest request(String stored) {
        return json.read(stored, ExtraditionRequest.class);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
