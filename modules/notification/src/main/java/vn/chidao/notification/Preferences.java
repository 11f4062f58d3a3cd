package vn.chidao.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.PersonId;

/** Whether a person wants one weekly digest instead of a message per reminder. */
@ApplicationScoped
class Preferences {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    boolean digest(PersonId person) {
        List<?> rows = em.createNativeQuery("select digest from ntf_preference where person_id = ?")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).setParameter(1, person.value()).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(asBoolean(rows.get(0)));
    }

    @Transactional
    void digest(PersonId person, boolean digest) {
        em.createNativeQuery("insert into ntf_preference (person_id, digest) values (?, ?) on duplicate key update digest = ?")
                .setParameter(1, person.value()).setParameter(2, digest).setParameter(3, digest).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Long> digestReaders() {
        return em.createNativeQuery("select person_id from ntf_preference where digest = true").getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : Boolean.FALSE;
    }
}
