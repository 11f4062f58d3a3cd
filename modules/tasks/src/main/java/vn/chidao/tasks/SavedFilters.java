package vn.chidao.tasks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;

/**
 * Each person's named task-list filters. Only the owner lists, replaces or deletes them; what a
 * filter shows is still limited to the tasks its user may see when it is opened.
 */
@ApplicationScoped
@Transactional
public class SavedFilters {

    public static final int MAX_PER_PERSON = 30;
    static final int MAX_NAME = 80;
    static final int MAX_QUERY = 1000;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedFilter> of(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, query from task_saved_filter where owner_email = ? order by name")
                .setParameter(1, caller.email()).getResultList();
        return rows.stream().map(r -> new SavedFilter(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    /** Keeps the filter under its name; a filter of the same name is replaced. */
    public void save(Caller caller, String name, String query) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw RuleViolation.invalid("name", "filter.name.required");
        }
        if (cleaned.length() > MAX_NAME) {
            throw RuleViolation.invalid("name", "filter.name.size", MAX_NAME);
        }
        if (query == null || query.length() > MAX_QUERY) {
            throw RuleViolation.invalid("query", "filter.query.size");
        }
        List<SavedFilter> mine = of(caller);
        boolean replaces = mine.stream().anyMatch(f -> f.name().equalsIgnoreCase(cleaned));
        if (!replaces && mine.size() >= MAX_PER_PERSON) {
            throw RuleViolation.invalid("name", "filter.tooMany", MAX_PER_PERSON);
        }
        em.createNativeQuery("insert into task_saved_filter (owner_email, name, query) values (?, ?, ?)"
                        + " on duplicate key update query = values(query)")
                .setParameter(1, caller.email()).setParameter(2, cleaned).setParameter(3, query).executeUpdate();
    }

    public void delete(Caller caller, long id) {
        if (em.createNativeQuery("delete from task_saved_filter where id = ? and owner_email = ?")
                .setParameter(1, id).setParameter(2, caller.email()).executeUpdate() == 0) {
            throw RuleViolation.notFound("filter.notFound");
        }
    }
}
