package org.comity.web.problem;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeyRule;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.MalformedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure of an API call to one problem response, centrally. Bad input is 4xx naming the
 * field and rule; domain failures map to 404/403/409; anything unexpected is a bare 500 whose
 * details go to the log only (no stack trace, SQL or class name ever reaches a client).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "The submitted values break one or more rules", e.errors());
    }

    /** A header or address that is not in its syntax: the request is malformed (400), not its content. */
    @ExceptionHandler(MalformedInputException.class)
    ProblemDetail malformed(MalformedInputException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "The request is malformed", e.errors());
    }

    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, e instanceof ForbiddenException ? e.getMessage() : "Not allowed");
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingException.class})
    ProblemDetail conflict(RuntimeException e) {
        return Problems.of(
                HttpStatus.CONFLICT,
                e instanceof ConflictException
                        ? e.getMessage()
                        : "The object was changed by someone else at the same time");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info(
                "Refused a write that breaks a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.CONFLICT, "The change conflicts with data already stored");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("API call failed while the database is unavailable: {}", e.toString());
            return DatabaseOutage.response();
        }
        log.error("Unexpected failure of an API call", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), String.valueOf(f.getCode()), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableEntity()
                .body(Problems.of(
                        HttpStatus.UNPROCESSABLE_ENTITY, "The submitted values break one or more rules", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = UnreadableBodies.problem(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A parameter of the wrong type ({@code dueWithinDays=abc}, {@code sort=FOO}): 400 naming the
     * parameter and what it takes, as every other bad input names its field.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == null
                ? "must be a valid value"
                : type.isEnum()
                        ? "must be one of "
                                + java.util.Arrays.stream(type.getEnumConstants())
                                        .map(String::valueOf)
                                        .collect(java.util.stream.Collectors.joining(", "))
                        : type == Boolean.class || type == boolean.class
                                ? "must be true or false"
                                : Number.class.isAssignableFrom(type) || type.isPrimitive()
                                        ? "must be a whole number"
                                        : "must be a valid value";
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "The parameter " + name + " has a value of the wrong type",
                        List.of(new FieldError(name, "Type", expected))));
    }

    /**
     * A required header that is missing, e.g. {@code Idempotency-Key} on a creating call: 400 naming
     * the header with rule {@code Required}, as the IETF Idempotency-Key draft asks.
     */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            String name = missing.getHeaderName();
            String rule = IdempotencyKeys.HEADER.equalsIgnoreCase(name)
                    ? "is required on every creating call: a unique value of 1 to " + IdempotencyKeyRule.MAX_LENGTH
                            + " visible ASCII characters per request (a UUID), repeated only to retry that request"
                    : "is required";
            return ResponseEntity.badRequest()
                    .body(Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "The header " + name + " is missing",
                            List.of(new FieldError(name, "Required", rule))));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /** Every other Spring MVC failure (405, 406, 415, 400 for bad parameters, ...) in the same shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail p && p.getDetail() != null
                ? p.getDetail()
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        return ResponseEntity.status(status).headers(headers).body(Problems.of(status, detail));
    }
}
