package org.comity.core.extradition.speciality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.extradition.GrantedOffence;
import org.comity.core.extradition.ProceedingStatus;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.extradition.request.ProceedingKind;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.extradition.request.SpecialityBasis;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code speciality_register}, {@code speciality_offence} and {@code speciality_proceeding}. */
@Repository
class SpecialityRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    SpecialityRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the surrender once; a repeat (a retried job) leaves the first record. */
    boolean insertRegister(UUID caseId, LocalDate surrenderedOn, int windowDays, List<GrantedOffence> granted) {
        if (register(caseId).isPresent()) {
            return false;
        }
        jdbc.sql(
                        "INSERT INTO speciality_register (case_id, surrendered_on, window_days, recorded_at) VALUES (?, ?, ?, ?)")
                .params(caseId, surrenderedOn, windowDays, now())
                .update();
        for (int i = 0; i < granted.size(); i++) {
            var offence = granted.get(i);
            jdbc.sql("""
                    INSERT INTO speciality_offence (case_id, offence_index, description, provision, date_from, date_to)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, i, offence.description(), offence.provision(), offence.dateFrom(), offence.dateTo())
                    .update();
        }
        return true;
    }

    Optional<SpecialityProtection.Register> register(UUID caseId) {
        List<GrantedOffence> granted = jdbc.sql("""
                SELECT description, provision, date_from, date_to FROM speciality_offence WHERE case_id = ?
                ORDER BY offence_index""")
                .param(caseId)
                .query((rs, n) -> new GrantedOffence(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
        return jdbc.sql("SELECT surrendered_on, window_days FROM speciality_register WHERE case_id = ?")
                .param(caseId)
                .query((rs, n) -> new SpecialityProtection.Register(
                        rs.getObject(1, LocalDate.class), granted, java.time.Period.ofDays(rs.getInt(2))))
                .optional();
    }

    void insertProceeding(UUID id, UUID caseId, ProceedingRequest request, ProceedingStatus status, Actor actor) {
        var offence = request.offence();
        jdbc.sql("""
                INSERT INTO speciality_proceeding (id, case_id, description, provision, date_from, date_to, proceeding,
                    basis, discharged_on, still_present_on, left_on, returned_on, status, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        caseId,
                        offence.description().strip(),
                        offence.provisionInRequestingLaw().strip(),
                        offence.dateFrom(),
                        offence.dateTo(),
                        request.proceeding().name(),
                        request.basis().name(),
                        request.dischargedOn(),
                        request.stillPresentOn(),
                        request.leftOn(),
                        request.returnedOn(),
                        status.name(),
                        actor.id(),
                        now())
                .update();
    }

    /** Records the requested state's decision if consent is still awaited; whether it was. */
    boolean decide(UUID caseId, UUID id, ProceedingStatus status, String reasons, Actor actor) {
        return jdbc.sql("""
                UPDATE speciality_proceeding SET status = ?, decided_by = ?, decided_at = ?, decision_reasons = ?
                WHERE id = ? AND case_id = ? AND status = ?""")
                        .params(
                                status.name(),
                                actor.id(),
                                now(),
                                reasons.strip(),
                                id,
                                caseId,
                                ProceedingStatus.CONSENT_REQUESTED.name())
                        .update()
                == 1;
    }

    List<SpecialityView.Proceeding> proceedings(UUID caseId) {
        return jdbc.sql("SELECT * FROM speciality_proceeding WHERE case_id = ? ORDER BY requested_at, id")
                .param(caseId)
                .query((rs, n) -> proceeding(rs))
                .list();
    }

    Optional<SpecialityView.Proceeding> proceeding(UUID caseId, UUID id) {
        return jdbc.sql("SELECT * FROM speciality_proceeding WHERE case_id = ? AND id = ?")
                .params(caseId, id)
                .query((rs, n) -> proceeding(rs))
                .optional();
    }

    private static SpecialityView.Proceeding proceeding(ResultSet rs) throws SQLException {
        return new SpecialityView.Proceeding(
                rs.getObject("id", UUID.class).toString(),
                new ProceedingRequest.LaterOffence(
                        rs.getString("description"),
                        rs.getString("provision"),
                        rs.getObject("date_from", LocalDate.class),
                        rs.getObject("date_to", LocalDate.class)),
                ProceedingKind.valueOf(rs.getString("proceeding")),
                SpecialityBasis.valueOf(rs.getString("basis")),
                rs.getObject("discharged_on", LocalDate.class),
                rs.getObject("still_present_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class),
                rs.getObject("returned_on", LocalDate.class),
                ProceedingStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_reasons"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
