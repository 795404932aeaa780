package org.comity.core.extradition.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.AssuranceAuthority;
import org.comity.core.extradition.Sentence;
import org.comity.core.extradition.request.AssuranceKind;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.identity.Actor;
import org.comity.core.law.PenaltyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code extradition_assurance}, {@code extradition_assurance_offence} and {@code extradition_sentence}. */
@Repository
class AssuranceRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssuranceRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insertAssurance(
            UUID id,
            UUID caseId,
            String givingState,
            AssuranceRequest request,
            AssuranceRouting.Route route,
            Actor actor) {
        jdbc.sql("""
                INSERT INTO extradition_assurance (id, case_id, kind, giving_state, given_through, deciding_authority,
                    article_reference, terms, max_term_months, given_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        caseId,
                        request.kind().name(),
                        givingState,
                        route.givenThrough().name(),
                        route.decidingAuthority().name(),
                        route.articleReference(),
                        request.terms().strip(),
                        request.maxTermMonths(),
                        request.givenOn(),
                        actor.id(),
                        now())
                .update();
        if (request.offenceIndexes() != null) {
            for (Integer index : request.offenceIndexes()) {
                jdbc.sql("INSERT INTO extradition_assurance_offence (assurance_id, offence_index) VALUES (?, ?)")
                        .params(id, index)
                        .update();
            }
        }
    }

    /** The assurances of a case, oldest first. */
    List<Assurance> assurances(UUID caseId) {
        Map<UUID, List<Integer>> offences = new HashMap<>();
        jdbc.sql("""
                SELECT o.assurance_id, o.offence_index FROM extradition_assurance_offence o
                JOIN extradition_assurance a ON a.id = o.assurance_id WHERE a.case_id = ? ORDER BY o.offence_index""").param(caseId).query(rs -> {
            offences.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getInt(2));
        });
        return jdbc.sql("SELECT * FROM extradition_assurance WHERE case_id = ? ORDER BY recorded_at, id")
                .param(caseId)
                .query((rs, n) -> assurance(rs, offences))
                .list();
    }

    void insertSentence(UUID id, UUID caseId, SentenceRequest request, Actor actor) {
        jdbc.sql("""
                INSERT INTO extradition_sentence (id, case_id, kind, months, court, imposed_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        caseId,
                        request.kind().name(),
                        request.months(),
                        request.court().strip(),
                        request.imposedOn(),
                        actor.id(),
                        now())
                .update();
    }

    /** The sentences recorded for a case, oldest first. */
    List<Sentence> sentences(UUID caseId) {
        return jdbc.sql("SELECT * FROM extradition_sentence WHERE case_id = ? ORDER BY recorded_at, id")
                .param(caseId)
                .query((rs, n) -> new Sentence(
                        rs.getObject("id", UUID.class).toString(),
                        PenaltyKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("months"),
                        rs.getString("court"),
                        rs.getObject("imposed_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Assurance assurance(ResultSet rs, Map<UUID, List<Integer>> offencesOf) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Integer> offences = offencesOf.getOrDefault(id, List.of());
        return new Assurance(
                id.toString(),
                AssuranceKind.valueOf(rs.getString("kind")),
                rs.getString("giving_state"),
                AssuranceAuthority.valueOf(rs.getString("given_through")),
                AssuranceAuthority.valueOf(rs.getString("deciding_authority")),
                rs.getString("article_reference"),
                rs.getString("terms"),
                (Integer) rs.getObject("max_term_months"),
                offences,
                rs.getObject("given_on", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
