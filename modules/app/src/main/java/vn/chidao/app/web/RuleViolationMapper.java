package vn.chidao.app.web;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;

@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation violation) {
        return answer(violation, Problem.language(headers));
    }

    static Response answer(RuleViolation violation, Locale language) {
        int status = switch (violation.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNPROCESSABLE -> 422;
            case TOO_MANY -> 429;
            case UNAVAILABLE -> 503;
        };
        List<Problem.FieldError> errors = violation.problems().stream()
                .filter(p -> p.field() != null)
                .map(p -> new Problem.FieldError(p.field(),
                        Messages.text(language, p.messageKey(), p.arguments().toArray())))
                .toList();
        RuleViolation.Problem first = violation.problems().get(0);
        Response answer = Problem.answer(status, Messages.text(language, first.messageKey(), first.arguments().toArray()), errors);
        if (violation.kind() == RuleViolation.Kind.TOO_MANY) {
            return Response.fromResponse(answer).header("Retry-After", first.arguments().get(0)).build();
        }
        return answer;
    }
}
