package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.MESSAGE_PERSON_HANDED_OVER;

import java.util.List;
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
 * subscriptions, the transfers' manifests and open route conflicts, never from a stored flag.
 */
@Service
public class PersonDirectory {

    public static final int MAX_PAGE_SIZE = 2_000;

    private final RepatriationIntake intake;
    private final JdbcClient jdbc;

    PersonDirectory(RepatriationIntake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> page(Actor actor, String operationId, boolean readyOnly, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of(new FieldError("size", "Range",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE)));
        }
        UUID id = intake.operation(actor, operationId).id();
        return jdbc.sql("""
                SELECT p.id, p.name_original, p.name_latin, p.sex, p.date_of_birth, p.claimed_nationality, p.category,
                    c.name AS centre,
                    CASE WHEN s.ID_ IS NOT NULL AND tp.person_id IS NULL AND NOT EXISTS (SELECT 1 FROM route_conflict r
                        WHERE r.person_id = p.id AND r.status = 'OPEN') THEN TRUE ELSE FALSE END AS ready
                FROM repatriation_person p
                JOIN repatriation_call_centre c ON c.id = p.call_centre_id
                LEFT JOIN ACT_RU_EVENT_SUBSCR s ON s.PROC_INST_ID_ = p.process_instance_id AND s.EVENT_NAME_ = ?
                LEFT JOIN repatriation_transfer_person tp ON tp.person_id = p.id
                WHERE p.operation_id = ? AND (? = FALSE OR (s.ID_ IS NOT NULL AND tp.person_id IS NULL
                    AND NOT EXISTS (SELECT 1 FROM route_conflict r WHERE r.person_id = p.id AND r.status = 'OPEN')))
                ORDER BY p.created_at, p.id LIMIT ? OFFSET ?""")
                .params(MESSAGE_PERSON_HANDED_OVER, id, readyOnly, size, (long) page * size)
                .query((rs, n) -> new PersonSummary(rs.getString("id"), rs.getString("name_original"),
                        rs.getString("name_latin"), rs.getString("sex"),
                        rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("claimed_nationality"),
                        rs.getString("category"), rs.getString("centre"), rs.getBoolean("ready")))
                .list();
    }
}
