package org.comity.core.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Uuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' drafts in table {@code request_draft}. Every method takes the acting person and only
 * ever touches that person's own drafts: someone else's draft, or an id that is not a UUID, is
 * {@link NotVisibleException} (404), exactly like a draft that does not exist.
 * <p>
 * <b>What is audited, and why.</b> A draft holds personal data of the person sought (names, date
 * of birth, identity documents), so writing it is processing that the EU Law Enforcement Directive
 * Art. 25 asks to log (DESIGN.md §8): starting a draft is a {@code COLLECTION}, every save that
 * changes its content an {@code ALTERATION} carrying the SHA-256 of the new content (a save that
 * changes nothing, e.g. "Back" without edits, writes nothing and logs nothing), discarding it an
 * {@code ERASURE}, and submitting it an {@code ERASURE} of the draft that names the case it became
 * (the intake logs the case's own {@code COLLECTION}). A save costs one entry (0.21 ms measured,
 * README "Benchmarks"), a handful per request, so there is no reason to leave a gap in the chain.
 * The owner's own reads of their draft are <i>not</i> logged as consultations: nobody else can
 * read a draft, and a consultation entry exists to show who accessed data someone else collected;
 * an entry per page view of one's own unsent work would name no one new and only bury the entries
 * that matter.
 */
@Service
public class RequestDrafts {

    /** Largest stored content, in characters (the column's size). */
    public static final int MAX_CONTENT = 1_000_000;

    private static final String COLUMNS =
            "id, owner_id, request_type, current_step, content_json, created_at, updated_at, amends_case_id";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RequestDrafts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a draft owned by {@code owner}.
     *
     * @throws ForbiddenException if the owner is not a signed-in person (agencies use the API)
     */
    @Transactional
    public RequestDraft create(Actor owner, String type, String step, String content) {
        return create(owner, type, step, content, null);
    }

    /**
     * Starts the owner's amendment of the returned request of case {@code caseId}, holding the request
     * in force as {@code content}; the caller has checked that the owner may amend it. The entry names
     * the case, since the draft copies its personal data.
     */
    @Transactional
    public RequestDraft createAmendment(Actor owner, String type, String step, String content, UUID caseId) {
        return create(owner, type, step, content, java.util.Objects.requireNonNull(caseId));
    }

    /** The owner's amendment draft of the case's request, if one was started and not yet submitted. */
    public Optional<RequestDraft> amendmentOf(Actor owner, UUID caseId) {
        if (owner.kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM request_draft WHERE owner_id = ? AND amends_case_id = ?"
                        + " ORDER BY created_at, id")
                .params(owner.id(), caseId)
                .query(RequestDrafts::row)
                .stream()
                .findFirst();
    }

    private RequestDraft create(Actor owner, String type, String step, String content, UUID caseId) {
        requirePerson(owner);
        checkContent(content);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.sql("INSERT INTO request_draft (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, owner.id(), code("type", type), code("step", step), content, now, now, caseId)
                .update();
        record(owner, AuditCategory.COLLECTION, "draft.create", id, caseId, content);
        return new RequestDraft(id, owner.id(), type, step, content, now.toInstant(), now.toInstant(), caseId);
    }

    /** The owner's draft with this id; 404 for an unknown id, a malformed one or another person's draft. */
    public RequestDraft get(Actor owner, String id) {
        return find(owner, id, false).orElseThrow(() -> new NotVisibleException("draft", id));
    }

    /** The owner's draft with this id, or empty (unknown, malformed or another person's). */
    public Optional<RequestDraft> find(Actor owner, String id) {
        return find(owner, id, false);
    }

    /** The owner's drafts, most recently changed first. */
    public List<RequestDraft> of(Actor owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_draft WHERE owner_id = ? ORDER BY updated_at DESC, id")
                .param(owner.id())
                .query(RequestDrafts::row)
                .list();
    }

    /**
     * Stores the draft's new content and step. Writes (and audits) only what changed: a new step
     * alone is navigation, not personal data, and is stored without an audit entry.
     */
    @Transactional
    public RequestDraft save(Actor owner, String id, String step, String content) {
        checkContent(content);
        RequestDraft current = find(owner, id, true).orElseThrow(() -> new NotVisibleException("draft", id));
        boolean contentChanged = !current.content().equals(content);
        if (!contentChanged && current.step().equals(step)) {
            return current;
        }
        OffsetDateTime now = now();
        jdbc.sql("UPDATE request_draft SET content_json = ?, current_step = ?, updated_at = ? WHERE id = ?")
                .params(content, code("step", step), now, current.id())
                .update();
        if (contentChanged) {
            record(owner, AuditCategory.ALTERATION, "draft.save", current.id(), null, content);
        }
        return new RequestDraft(
                current.id(),
                current.ownerId(),
                current.type(),
                step,
                content,
                current.createdAt(),
                now.toInstant(),
                current.amendsCaseId());
    }

    /** Deletes the owner's draft without submitting it. */
    @Transactional
    public void discard(Actor owner, String id) {
        RequestDraft draft = find(owner, id, true).orElseThrow(() -> new NotVisibleException("draft", id));
        delete(draft);
        record(owner, AuditCategory.ERASURE, "draft.discard", draft.id(), null, null);
    }

    /**
     * Submits the owner's draft in one transaction: locks it, runs {@code submission} (which opens
     * the case and returns what it opened), deletes the draft and logs its erasure against the new
     * case. If the submission throws (e.g. the request is invalid), nothing changes and the draft
     * stays. A second submission of the same draft waits for the first and then finds no draft (404),
     * so a double click never opens two cases.
     *
     * @param caseOf the id of the case the submission opened
     */
    @Transactional
    public <T> T submit(Actor owner, String id, Function<RequestDraft, T> submission, Function<T, UUID> caseOf) {
        RequestDraft draft = find(owner, id, true).orElseThrow(() -> new NotVisibleException("draft", id));
        T result = submission.apply(draft);
        delete(draft);
        record(owner, AuditCategory.ERASURE, "draft.submit", draft.id(), caseOf.apply(result), null);
        return result;
    }

    private Optional<RequestDraft> find(Actor owner, String id, boolean lock) {
        Optional<UUID> uuid = Uuids.parse(id);
        if (uuid.isEmpty() || owner.kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_draft WHERE id = ? AND owner_id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .params(uuid.get(), owner.id())
                .query(RequestDrafts::row)
                .optional();
    }

    private void delete(RequestDraft draft) {
        jdbc.sql("DELETE FROM request_draft WHERE id = ?").param(draft.id()).update();
    }

    private void record(Actor owner, AuditCategory category, String action, UUID draftId, UUID caseId, String content) {
        AuditEvent.Builder event =
                AuditEvent.of(AuditActor.of(owner), category, action).object(AuditObjectType.DRAFT, draftId.toString());
        if (caseId != null) {
            event.caseId(caseId);
        }
        if (content != null) {
            event.changeDigest(ChangeDigest.of(content));
        }
        audit.record(event.build());
    }

    private static void requirePerson(Actor owner) {
        if (owner.kind() != ActorKind.PERSON) {
            throw new ForbiddenException("Only a signed-in person keeps drafts");
        }
    }

    private static void checkContent(String content) {
        if (content == null || content.length() > MAX_CONTENT) {
            throw new InvalidInputException(
                    List.of(new FieldError("draft", "Size", "must be at most " + MAX_CONTENT + " characters")));
        }
    }

    /** Types and steps are the wizards' own codes, never user input; this keeps them in the columns. */
    private static String code(String what, String value) {
        if (value == null || !value.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException(what + " must be a lower-case code of at most 32 characters: " + value);
        }
        return value;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static RequestDraft row(ResultSet rs, int n) throws SQLException {
        return new RequestDraft(
                rs.getObject("id", UUID.class),
                rs.getString("owner_id"),
                rs.getString("request_type"),
                rs.getString("current_step"),
                rs.getString("content_json"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getObject("amends_case_id", UUID.class));
    }
}
