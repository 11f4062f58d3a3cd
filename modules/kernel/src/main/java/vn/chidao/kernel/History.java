package vn.chidao.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads one entity's recorded history (Hibernate Envers) as a list of changes with who and when.
 * Every module's audited entities share the revision table, so every module reads history the
 * same way; each module says which fields of its entity a reader cares about.
 */
public final class History {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }

    public record Change(Instant at, String actor, Kind kind, List<FieldChange> changes) {
        public Change {
            changes = List.copyOf(changes);
        }
    }

    private History() {
    }

    /**
     * The changes of entity {@code type} with {@code id}, oldest first. {@code fields} turns a
     * recorded state into the named values to compare; a revision that changed none of them is left out.
     */
    public static <T> List<Change> of(EntityManager em, Class<T> type, Object id, Function<T, Map<String, Object>> fields) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<?> states = reader.createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<?> revisions = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addProjection(AuditEntity.revisionProperty("timestamp"))
                .addProjection(AuditEntity.revisionProperty("actor"))
                .addProjection(AuditEntity.revisionType())
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Change> changes = new ArrayList<>();
        Map<String, Object> before = null;
        for (int i = 0; i < states.size(); i++) {
            Object[] revision = (Object[]) revisions.get(i);
            Instant at = Instant.ofEpochMilli((Long) revision[0]);
            String actor = (String) revision[1];
            Map<String, Object> after = new LinkedHashMap<>(fields.apply(type.cast(states.get(i))));
            List<FieldChange> fieldChanges = new ArrayList<>();
            for (Map.Entry<String, Object> field : after.entrySet()) {
                Object old = before == null ? null : before.get(field.getKey());
                if (before == null ? field.getValue() != null : !Objects.equals(old, field.getValue())) {
                    fieldChanges.add(new FieldChange(field.getKey(), text(old), text(field.getValue())));
                }
            }
            Kind kind = revision[2] == RevisionType.ADD || before == null ? Kind.CREATED
                    : revision[2] == RevisionType.DEL ? Kind.DELETED : Kind.CHANGED;
            if (kind != Kind.CHANGED || !fieldChanges.isEmpty()) {
                changes.add(new Change(at, actor, kind, fieldChanges));
            }
            before = after;
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
