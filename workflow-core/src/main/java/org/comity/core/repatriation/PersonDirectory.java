package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.MESSAGE_PERSON_HANDED_OVER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists an operation's persons in a stable order (registration time, then id), optionally only
 * those ready for a transfer (what a supervisor needs to plan one). Readiness comes from the engine's message
 * subscriptions, the transfers' manifests and open route conflicts, never from a stored flag; so do each
 * person's stage and the answer on their nationality ({@link PersonProgress}).
 */
@Service
public class PersonDirectory {

    public static final int MAX_PAGE_SIZE = 2_000;

    private final RepatriationIntake intake;
    private final PersonProgress progress;
    private final JdbcClient jdbc;

    PersonDirectory(RepatriationIntake intake, PersonProgress progress, JdbcClient jdbc) {
        this.intake = intake;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> page(Actor actor, String operationId, boolean readyOnly, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of(
                    new FieldError("size", "Range", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE)));
        }
        UUID id = intake.operation(actor, operationId).id();
        List<Row> rows = jdbc.sql("""
                SELECT p.id, p.name_original, p.name_latin, p.sex, p.date_of_birth, p.claimed_nationality, p.category,
                    c.name AS centre, p.process_instance_id,
                    CASE WHEN s.ID_ IS NOT NULL AND tp.person_id IS NULL AND NOT EXISTS (SELECT 1 FROM route_conflict r
                        WHERE r.person_id = p.id AND r.status = 'OPEN') THEN TRUE ELSE FALSE END AS ready,
                    CASE WHEN s.ID_ IS NULL THEN NULL ELSE %s END AS waiting_stage
                FROM repatriation_person p
                JOIN repatriation_call_centre c ON c.id = p.call_centre_id
                LEFT JOIN ACT_RU_EVENT_SUBSCR s ON s.PROC_INST_ID_ = p.process_instance_id AND s.EVENT_NAME_ = ?
                LEFT JOIN repatriation_transfer_person tp ON tp.person_id = p.id
                WHERE p.operation_id = ? AND (? = FALSE OR (s.ID_ IS NOT NULL AND tp.person_id IS NULL
                    AND NOT EXISTS (SELECT 1 FROM route_conflict r WHERE r.person_id = p.id AND r.status = 'OPEN')))
                ORDER BY p.created_at, p.id LIMIT ? OFFSET ?""".formatted(PersonStage.WAITING_SQL))
                .params(MESSAGE_PERSON_HANDED_OVER, id, readyOnly, size, (long) page * size)
                .query((rs, n) -> new Row(
                        rs.getString("id"),
                        rs.getString("name_original"),
                        rs.getString("name_latin"),
                        rs.getString("sex"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("claimed_nationality"),
                        rs.getString("category"),
                        rs.getString("centre"),
                        rs.getBoolean("ready"),
                        rs.getString("process_instance_id"),
                        rs.getString("waiting_stage")))
                .list();
        Map<String, String> waiting = new HashMap<>();
        rows.stream()
                .filter(r -> r.waitingStage() != null)
                .forEach(r -> waiting.put(r.processInstanceId(), r.waitingStage()));
        Map<String, PersonProgress.Progress> progress = this.progress.of(
                rows.stream()
                        .map(Row::processInstanceId)
                        .filter(Objects::nonNull)
                        .toList(),
                waiting);
        return rows.stream()
                .map(r -> r.summary(progress.get(r.processInstanceId())))
                .toList();
    }

    private record Row(
            String id,
            String nameOriginal,
            String nameLatin,
            String sex,
            LocalDate dateOfBirth,
            String claimedNationality,
            String category,
            String callCentre,
            boolean ready,
            String processInstanceId,
            String waitingStage) {

        PersonSummary summary(PersonProgress.Progress progress) {
            return new PersonSummary(
                    id,
                    nameOriginal,
                    nameLatin,
                    sex,
                    dateOfBirth,
                    claimedNationality,
                    category,
                    callCentre,
                    ready,
                    progress == null ? null : progress.stage(),
                    progress == null ? null : progress.nationalityVerification());
        }
    }
}
