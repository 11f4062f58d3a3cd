package vn.chidao.app.web;

import java.lang.reflect.Type;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.organization.PersonId;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.TargetId;
import vn.chidao.reporting.ReportId;
import vn.chidao.tasks.TaskId;

/**
 * IDs travel as plain numbers in JSON: {@code "document": 4}, not {@code {"value": 4}}. A whole-number field
 * refuses a fraction ({@code "percent": 99.8}) instead of cutting it to 99. A property the request type does not have
 * (a read-only {@code "state"}, a misspelt name) fails the request instead of being ignored.
 */
@Provider
@ApplicationScoped
public class JsonConfig implements ContextResolver<Jsonb> {

    // Anonymous subclasses keep each adapter's ID type visible to JSON-B at run time.
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(
            new IdAdapter<UnitId>(UnitId::value, UnitId::new) { },
            new IdAdapter<PersonId>(PersonId::value, PersonId::new) { },
            new IdAdapter<DocumentId>(DocumentId::value, DocumentId::new) { },
            new IdAdapter<TaskId>(TaskId::value, TaskId::new) { },
            new IdAdapter<TargetId>(TargetId::value, TargetId::new) { },
            new IdAdapter<ReportId>(ReportId::value, ReportId::new) { })
            .withDeserializers(new WholeNumber())
            // a field the request cannot set is refused (422), never silently dropped
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** JSON-B keeps caches per instance: let them go with the application. */
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException("JSON-B did not close", e);
        }
    }

    /** Reads an {@code Integer} only from a JSON number that is one exactly; JSON-B names the property when it refuses. */
    private static final class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonNumber number) {
                try {
                    return number.bigDecimalValue().intValueExact();
                } catch (ArithmeticException notWhole) {
                    throw new JsonbException("not a whole number: " + number, notWhole);
                }
            }
            if (value instanceof JsonString text && text.getString().strip().matches("-?\\d{1,9}")) {
                return Integer.valueOf(text.getString().strip());
            }
            throw new JsonbException("not a whole number: " + value);
        }
    }

    private abstract static class IdAdapter<T> implements JsonbAdapter<T, Long> {
        private final Function<T, Long> toJson;
        private final Function<Long, T> fromJson;

        IdAdapter(Function<T, Long> toJson, Function<Long, T> fromJson) {
            this.toJson = toJson;
            this.fromJson = fromJson;
        }

        @Override
        public Long adaptToJson(T id) {
            return toJson.apply(id);
        }

        @Override
        public T adaptFromJson(Long value) {
            return fromJson.apply(value);
        }
    }
}
