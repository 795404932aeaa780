package org.comity.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.comity.core.validation.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one shape of every error Comity's API returns: RFC 9457 {@code application/problem+json} with
 * an {@code errors} array of {@code {field, rule, message}} (empty when no field is to blame). Used
 * by the controllers' exception handler and by the security filters, which answer before MVC.
 */
@Component
public class Problems {

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setType(URI.create("https://comity.example/problems/"
                + (known == null ? status.value() : known.name().toLowerCase().replace('_', '-'))));
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "rule", e.rule(), "message", e.message()))
                        .toList());
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return of(status, detail, List.of());
    }

    /** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
