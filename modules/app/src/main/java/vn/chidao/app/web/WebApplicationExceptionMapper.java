package vn.chidao.app.web;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;

/** The runtime's own refusals (unknown path, wrong method, role check, unreadable body) as JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getResponse().getEntity() instanceof Problem) {
            // already said in the caller's language, naming the field (an unreadable parameter)
            return exception.getResponse();
        }
        Locale language = Problem.language(headers);
        int status = exception.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> "request.malformed";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "request.notFound";
            case 409 -> "request.conflict";
            default -> status >= 500 ? "server.error" : "request.invalid";
        };
        return Problem.answer(status, Messages.text(language, key), List.of());
    }
}
