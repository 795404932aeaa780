package org.comity.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for requests the container refuses before Spring sees them: a path
 * with {@code %00} or another invalid encoding, a header section over the limit. Tomcat would
 * answer with its HTML status page; this writes the API's problem shape instead (status, the
 * reason phrase, no Tomcat message, stack trace or server version), for every path, because such a
 * request cannot be told apart as API or page before it is parsed. Errors that reach Spring are
 * answered by {@link FallbackErrorController} and never get here.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = known == null
                ? String.valueOf(status)
                : known.name().toLowerCase().replace('_', '-');
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://comity.example/problems/" + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail(status, title)
                        + "\",\"errors\":[]}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }

    private static String detail(int status, String title) {
        return status == 400 ? "The request line or headers are malformed or too large" : title;
    }
}
