package org.comity.core.repatriation;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.comity.core.repatriation.request.PersonCategory;
import org.comity.core.repatriation.rules.DuplicatePersons;
import org.comity.core.repatriation.rules.NewPerson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persons of repatriation operations and their identity documents. Writes are JDBC batches and
 * lookups go by chunks of ids, so that a batch of thousands costs a handful of round trips.
 */
@Repository
class RepatriationPersons {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RepatriationPersons(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(UUID operationId, List<NewPerson> persons, OffsetDateTime now) {
        batch.batchUpdate(
                """
                INSERT INTO repatriation_person (id, operation_id, name_original, name_latin, name_key_original,
                    name_key_latin, sex, date_of_birth, claimed_nationality, call_centre_id, category, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                persons.stream()
                        .map(p -> new Object[] {
                            p.id(),
                            operationId,
                            p.nameOriginal(),
                            p.nameLatin(),
                            p.keys().original(),
                            p.keys().latin(),
                            p.sex().name(),
                            Date.valueOf(p.dateOfBirth()),
                            p.claimedNationality(),
                            p.callCentreId(),
                            p.category().name(),
                            now
                        })
                        .toList());
        List<Object[]> documents = new ArrayList<>();
        for (NewPerson p : persons) {
            for (NewPerson.IdentityDocument d : p.documents()) {
                documents.add(new Object[] {
                    p.id(), d.type().name(), d.number(), d.expiry() == null ? null : Date.valueOf(d.expiry())
                });
            }
        }
        batch.batchUpdate("""
                INSERT INTO repatriation_person_document (person_id, document_type, document_number, expiry_date)
                VALUES (?, ?, ?, ?)""", documents);
    }

    void linkProcesses(Map<UUID, String> processByPerson) {
        batch.batchUpdate(
                "UPDATE repatriation_person SET process_instance_id = ? WHERE id = ?",
                processByPerson.entrySet().stream()
                        .map(e -> new Object[] {e.getValue(), e.getKey()})
                        .toList());
    }

    /** What is already stored that could make one of these persons a duplicate. */
    DuplicatePersons.Known known(List<NewPerson> persons) {
        List<Date> dates = persons.stream()
                .filter(Objects::nonNull)
                .map(p -> Date.valueOf(p.dateOfBirth()))
                .distinct()
                .toList();
        Set<String> nameKeys = new HashSet<>();
        for (List<Date> chunk : chunks(dates)) {
            jdbc.sql("SELECT name_key_original, name_key_latin, date_of_birth FROM repatriation_person "
                            + "WHERE date_of_birth IN (" + marks(chunk.size()) + ")")
                    .params(List.copyOf(chunk))
                    .query(rs -> {
                        String dob = rs.getDate(3).toLocalDate().toString();
                        nameKeys.add("L:" + rs.getString(2) + "|" + dob);
                        if (rs.getString(1) != null) {
                            nameKeys.add("O:" + rs.getString(1) + "|" + dob);
                        }
                    });
        }
        List<String> numbers = persons.stream()
                .filter(Objects::nonNull)
                .flatMap(p -> p.documents().stream())
                .map(NewPerson.IdentityDocument::number)
                .distinct()
                .toList();
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(numbers)) {
            known.addAll(jdbc.sql("SELECT document_number FROM repatriation_person_document WHERE document_number IN ("
                            + marks(chunk.size()) + ")")
                    .params(List.copyOf(chunk))
                    .query(String.class)
                    .list());
        }
        return new DuplicatePersons.Known(nameKeys, known);
    }

    /** Person id to process instance id, for the given persons of the operation. */
    Map<UUID, String> processes(UUID operationId, List<UUID> personIds) {
        Map<UUID, String> found = new HashMap<>();
        for (List<UUID> chunk : chunks(personIds)) {
            List<Object> params = new ArrayList<>(chunk);
            params.add(0, operationId);
            jdbc.sql("SELECT id, process_instance_id FROM repatriation_person WHERE operation_id = ? AND id IN ("
                            + marks(chunk.size()) + ")")
                    .params(params)
                    .query(rs -> {
                        found.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return found;
    }

    /** Up to {@code limit} persons of the operation whose process has not started, locked for this transaction. */
    List<UUID> withoutProcess(UUID operationId, int limit) {
        return jdbc.sql("SELECT id FROM repatriation_person WHERE operation_id = ? AND process_instance_id IS NULL "
                        + "ORDER BY created_at, id LIMIT ? FOR UPDATE")
                .params(operationId, limit)
                .query(UUID.class)
                .list();
    }

    void reclassify(UUID personId, PersonCategory category) {
        jdbc.sql("UPDATE repatriation_person SET category = ? WHERE id = ?")
                .params(category.name(), personId)
                .update();
    }

    long count(UUID operationId) {
        return jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE operation_id = ?")
                .param(operationId)
                .query(Long.class)
                .single();
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
