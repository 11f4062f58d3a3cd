package vn.chidao.app.web;

import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.organization.PersonId;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.TargetId;
import vn.chidao.reporting.ReportId;
import vn.chidao.tasks.TaskId;

/** IDs travel as plain numbers in JSON: {@code "document": 4}, not {@code {"value": 4}}. */
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
            new IdAdapter<ReportId>(ReportId::value, ReportId::new) { }));

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
