package org.comity.core.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every version of a case's request (table {@code request_version}): version 1 as submitted, one
 * more each time a returned request is amended. The request tables hold only the version in force;
 * these are what lets a reviewer see what changed since they returned it.
 */
@Repository
public class RequestVersions {

    private final JdbcClient jdbc;
    private final CaseJson json;
    private final Clock clock;

    RequestVersions(JdbcClient jdbc, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.json = new CaseJson(mapper);
        this.clock = clock;
    }

    /** Stores {@code request} as the case's next version, in the caller's transaction. */
    public void record(UUID caseId, Object request, Actor storedBy) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM request_version WHERE case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO request_version (case_id, version_no, request_json, stored_by, stored_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        caseId,
                        next,
                        json.write(request),
                        storedBy.id(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    /** The case's versions, oldest first. */
    public <T> List<Version<T>> of(UUID caseId, Class<T> type) {
        return jdbc.sql("SELECT version_no, request_json, stored_by, stored_at FROM request_version WHERE case_id = ?"
                        + " ORDER BY version_no")
                .param(caseId)
                .query((rs, n) -> new Version<>(
                        rs.getInt(1),
                        json.read(rs.getString(2), type),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One version of a request, who stored it and when. */
    public record Version<T>(int number, T request, String storedBy, Instant storedAt) {}
}
