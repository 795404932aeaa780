package org.comity.core.extradition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.comity.core.extradition.request.Person;
import org.comity.core.person.PersonKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The names of the person sought by a case's request, normalised like repatriated persons' names
 * ({@link PersonKeys}), one row for the name and one per alias, so that officers find the case's
 * tasks by the person's name without the stored request being read. Keys are cut at
 * {@value #KEY_LENGTH} characters, the longest text a search may have.
 */
@Repository
public class ExtraditionSubjectNames {

    static final int KEY_LENGTH = 200;

    private static final String INSERT = "INSERT INTO extradition_subject_name (case_id, ordinal, name_key_original,"
            + " name_key_latin) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    ExtraditionSubjectNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void index(UUID caseId, Person person) {
        jdbc.batchUpdate(
                INSERT, rows(caseId, person.nameInOriginalScript(), person.nameInLatinScript(), person.aliases()));
    }

    /** Replaces the names of the case's person by those of an amended request. */
    public void reindex(UUID caseId, Person person) {
        jdbc.update("DELETE FROM extradition_subject_name WHERE case_id = ?", caseId);
        index(caseId, person);
    }

    /**
     * Indexes the requests stored before this table existed (migration V9_2): reads only the
     * person's names from each request's JSON and skips cases already indexed.
     */
    public static void indexStoredRequests(JdbcTemplate jdbc) {
        ObjectMapper mapper = new ObjectMapper();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "SELECT r.case_id, r.request_json FROM extradition_request r WHERE NOT EXISTS"
                        + " (SELECT 1 FROM extradition_subject_name s WHERE s.case_id = r.case_id)",
                rs -> {
                    JsonNode person = read(mapper, rs.getString(2)).path("person");
                    List<String> aliases = new ArrayList<>();
                    person.path("aliases").forEach(a -> aliases.add(a.asText()));
                    rows.addAll(rows(
                            rs.getObject(1, UUID.class),
                            text(person, "nameInOriginalScript"),
                            text(person, "nameInLatinScript"),
                            aliases));
                });
        jdbc.batchUpdate(INSERT, rows);
    }

    private static List<Object[]> rows(UUID caseId, String original, String latin, List<String> aliases) {
        List<Object[]> rows = new ArrayList<>();
        if (original != null || latin != null) {
            rows.add(row(caseId, 0, PersonKeys.of(original, latin == null ? original : latin)));
        }
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            rows.add(row(caseId, rows.size(), PersonKeys.of(alias, alias)));
        }
        return rows;
    }

    private static Object[] row(UUID caseId, int ordinal, PersonKeys keys) {
        return new Object[] {caseId, ordinal, cut(keys.original()), cut(keys.latin())};
    }

    private static String cut(String key) {
        return key == null || key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    private static JsonNode read(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored request is always JSON", e);
        }
    }
}
