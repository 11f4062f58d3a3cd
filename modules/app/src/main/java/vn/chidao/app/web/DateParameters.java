package vn.chidao.app.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;

/**
 * Dates in paths and query strings are ISO days ({@code 2025-03-01}), ids and counts are whole numbers; anything else is a
 * 400 naming the parameter — never the 404 the runtime would answer for a query parameter it cannot convert.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Context
    HttpHeaders headers;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "request.parameter.date", LocalDate::parse);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "request.parameter.number", Long::valueOf);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "request.parameter.number", Integer::valueOf);
        }
        return null;
    }

    private <T> ParamConverter<T> converter(String name, String key, Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return read.apply(value.strip());
                } catch (NumberFormatException | DateTimeParseException unreadable) {
                    String message = Messages.text(Problem.language(headers), key, name, value);
                    throw new BadRequestException(Problem.answer(400, message, List.of(new Problem.FieldError(name, message))));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "";
    }
}
