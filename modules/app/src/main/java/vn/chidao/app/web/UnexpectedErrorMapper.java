package vn.chidao.app.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;

/**
 * Everything else. A stale write (optimistic lock), however deeply wrapped, is a 409; a lost
 * database connection a 503 with Retry-After; a body JSON-B cannot read is a 400; anything
 * unforeseen is a 500 whose details stay in the log under an id the user can quote.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    /** Yasson's words for a property the request type does not have (the server runs in English). */
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return RuleViolationMapper.answer(violation, Problem.language(headers));
            }
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return Problem.answer(409, Messages.text(Problem.language(headers), "request.conflict"), List.of());
            }
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                // two requests raced to write the same thing (a double click, a retried call): the second is told so
                return Problem.answer(409, Messages.text(Problem.language(headers), "request.duplicate"), List.of());
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException) {
                return Response.fromResponse(Problem.answer(503, Messages.text(Problem.language(headers), "server.unavailable"),
                        List.of())).header("Retry-After", "30").build();
            }
            if (t instanceof JsonbException) {
                return malformed(exception);
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.answer(500, Messages.text(Problem.language(headers), "server.error") + " (" + incident + ")", List.of());
    }

    /**
     * A body JSON-B could not read: when it names the property whose value had the wrong type ("Unable to deserialize
     * property 'percent' …"), the answer names the field too, as a validation error would; a property the request does
     * not have is a 422 naming it.
     */
    private Response malformed(Exception exception) {
        Locale language = Problem.language(headers);
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher unknown = t.getMessage() == null ? null : UNKNOWN.matcher(t.getMessage());
            if (unknown != null && unknown.find()) {
                // a field this request cannot set — read-only (id, state, originalDueDate …) or misspelt: said, not ignored
                String field = unknown.group(1);
                String message = Messages.text(language, "request.field.unknown", field);
                return Problem.answer(422, message, List.of(new Problem.FieldError(field, message)));
            }
            Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                String field = property.group(1);
                String message = Messages.text(language, "request.field.wrongType", field);
                return Problem.answer(400, message, List.of(new Problem.FieldError(field, message)));
            }
        }
        return Problem.answer(400, Messages.text(language, "request.malformed"), List.of());
    }
}
