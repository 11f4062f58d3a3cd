package vn.chidao.app.web;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.chidao.kernel.Messages;

/**
 * The body of every error answer of the API: the status, one message for the whole request and,
 * where fields are at fault, one message per field — in the caller's language.
 */
public record Problem(int status, String message, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    static Locale language(HttpHeaders headers) {
        return Messages.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Response answer(int status, String message, List<FieldError> errors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Problem(status, message, errors))
                .build();
    }
}
