package vn.chidao.app.web;

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
import vn.chidao.tasks.TaskId;

/** IDs travel as plain numbers in JSON: {@code "document": 4}, not {@code {"value": 4}}. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(
            new IdAdapter<>(UnitId.class) {
                @Override
                public Long adaptToJson(UnitId id) {
                    return id.value();
                }

                @Override
                public UnitId adaptFromJson(Long value) {
                    return new UnitId(value);
                }
            },
            new IdAdapter<>(PersonId.class) {
                @Override
                public Long adaptToJson(PersonId id) {
                    return id.value();
                }

                @Override
                public PersonId adaptFromJson(Long value) {
                    return new PersonId(value);
                }
            },
            new IdAdapter<>(DocumentId.class) {
                @Override
                public Long adaptToJson(DocumentId id) {
                    return id.value();
                }

                @Override
                public DocumentId adaptFromJson(Long value) {
                    return new DocumentId(value);
                }
            },
            new IdAdapter<>(TaskId.class) {
                @Override
                public Long adaptToJson(TaskId id) {
                    return id.value();
                }

                @Override
                public TaskId adaptFromJson(Long value) {
                    return new TaskId(value);
                }
            },
            new IdAdapter<>(TargetId.class) {
                @Override
                public Long adaptToJson(TargetId id) {
                    return id.value();
                }

                @Override
                public TargetId adaptFromJson(Long value) {
                    return new TargetId(value);
                }
            }));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    private abstract static class IdAdapter<T> implements JsonbAdapter<T, Long> {
        IdAdapter(Class<T> type) {
        }
    }
}
