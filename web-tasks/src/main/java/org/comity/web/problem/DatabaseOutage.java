package org.comity.web.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Recognises a failure caused by the database being unreachable, stopped, frozen or too slow (issue
 * #14 item 5), by the type of the exception or the SQLSTATE class of an SQL error, never by message
 * text: such a call is answered {@code 503} with {@code Retry-After}, since the same request will
 * succeed once the database is back, and a person whose credentials could not be checked is told
 * so rather than that they are wrong ({@code 401}).
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 10;

    static final String DETAIL = "The database is unavailable; try again shortly";

    private DatabaseOutage() {}

    /** Whether the failure, or any of its causes, is an outage of the database. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57014 (statement cancelled: the statement timeout),
     * 57P01–57P03 (server shutting down or not yet accepting connections), 53300 (too many connections).
     */
    private static boolean outageState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57014")
                        || state.startsWith("57P")
                        || state.equals("53300"));
    }

    /** The 503 answer. */
    public static ResponseEntity<ProblemDetail> response() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, DETAIL));
    }
}
