package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.bulk;
import static org.comity.web.repatriation.RepatriationFixtures.cleared;
import static org.comity.web.repatriation.RepatriationFixtures.open;
import static org.comity.web.repatriation.RepatriationFixtures.taskIds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No personal data reaches Camunda's tables (reliability-and-security.md D4): distinctive names,
 * dates of birth and passport numbers are taken in, worked through verification, travel documents
 * (whose numbers are typed into forms) and clearance, then every text and binary column of every
 * {@code ACT_*} table is searched for them. Comity's own tables hold them, as they must.
 */
class DataMinimisationIT extends WebIT {

    static final String HANZI = "龘靐齉";
    static final String LATIN = "Qwyxzu Plorvath";
    static final String BIRTH = "1961-02-23";
    static final String PASSPORT = "EQ9753186";
    static final String TRAVEL_DOCUMENT = "ETDQ864207";

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsNamesBirthDatesAndDocumentNumbersOutOfEveryEngineTable() {
        var agency = withToken("demo-mm-mpf");
        var cnOfficer = as("cn.officer");
        var mmOfficer = as("mm.officer");
        String id = open(
                agency,
                new OperationInput(
                        "Minimisation check",
                        "MM",
                        "CN",
                        List.of("Myawaddy"),
                        List.of(new OperationInput.CallCentreInput("KK Park", "Myawaddy")),
                        java.time.LocalDate.of(2025, 6, 1),
                        null,
                        List.of(new PersonInput(
                                HANZI,
                                LATIN,
                                "MALE",
                                BIRTH,
                                "CN",
                                List.of(new PersonInput.DocumentInput("PASSPORT", PASSPORT, "2031-05-05")),
                                "KK Park",
                                "SUSPECT"))));

        bulk(
                cnOfficer,
                taskIds(cnOfficer, id, RepatriationModel.TASK_VERIFY_NATIONALITY),
                Map.of("nationalityVerification", "CONFIRMED"));
        bulk(
                cnOfficer,
                taskIds(cnOfficer, id, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT),
                Map.of(
                        "travelDocumentType",
                        "EMERGENCY_TRAVEL_DOCUMENT",
                        "travelDocumentExpiry",
                        "2031-01-01",
                        "travelDocumentNumber",
                        TRAVEL_DOCUMENT));
        bulk(mmOfficer, taskIds(mmOfficer, id, RepatriationModel.TASK_CLEAR_FOR_TRANSFER), cleared());
        assertThat(taskIds(mmOfficer, id, RepatriationModel.TASK_CLEAR_FOR_TRANSFER))
                .isEmpty();

        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String needle : List.of(HANZI, LATIN, BIRTH, PASSPORT, TRAVEL_DOCUMENT)) {
            engineColumns().forEach(column -> {
                long found = count(column, needle);
                if (found > 0) {
                    hits.merge(column[0] + "." + column[1] + " has " + needle, (int) found, Integer::sum);
                }
            });
        }
        assertThat(hits).as("personal data in Camunda's tables").isEmpty();
        assertThat(engineColumns().stream()
                        .mapToLong(column -> count(column, id))
                        .sum())
                .as("the scan finds what is there: the case id is every instance's business key")
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE form_values LIKE ?")
                        .param("%" + TRAVEL_DOCUMENT + "%")
                        .query(Long.class)
                        .single())
                .as("the number stays in Comity's own table")
                .isOne();
    }

    /** Every character or binary column of Camunda's tables, as {table, column, type}. */
    private List<String[]> engineColumns() {
        List<String[]> columns = new ArrayList<>();
        jdbc.sql("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'PUBLIC' AND table_name LIKE 'ACT\\_%' ESCAPE '\\'
                AND (data_type LIKE '%CHAR%' OR data_type LIKE '%CLOB%' OR data_type LIKE '%BINARY%' OR data_type LIKE '%BLOB%')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(columns::add);
        assertThat(columns).as("the scan reads Camunda's tables").hasSizeGreaterThan(50);
        return columns;
    }

    private long count(String[] column, String needle) {
        String table = column[0];
        String name = column[1];
        if (column[2].contains("BINARY") || column[2].contains("BLOB")) {
            byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
            return jdbc
                    .sql("SELECT " + name + " FROM " + table + " WHERE " + name + " IS NOT NULL")
                    .query((rs, n) -> rs.getBytes(1))
                    .list()
                    .stream()
                    .filter(b -> contains(b, bytes))
                    .count();
        }
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE CAST(" + name + " AS VARCHAR) LIKE ?")
                .param("%" + needle + "%")
                .query(Long.class)
                .single();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
