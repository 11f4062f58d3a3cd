package vn.chidao.app.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;

/**
 * Bean Validation failures of a request body: 400 with one message per field. Constraint
 * messages are written as {@code {key}} and looked up in the caller's language here, because the
 * validator itself only knows the server's locale.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale language = Problem.language(headers);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), text(language, v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.answer(400, Messages.text(language, "request.invalid"), errors);
    }

    private static String text(Locale language, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            return Messages.text(language, template.substring(1, template.length() - 1));
        }
        return violation.getMessage();
    }

    /** The last named node: "create.arg0.code" answers as "code"; a missing body as "body". */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                name = name == null || node.getKind() == jakarta.validation.ElementKind.PROPERTY ? node.getName() : name;
            }
        }
        return name == null ? "body" : name;
    }
}
