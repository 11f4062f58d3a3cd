package vn.chidao.tasks.domain;

import vn.chidao.organization.Caller;

/**
 * Who sees which task: the secretariat and the committee see every task; a unit's people see the tasks
 * their unit leads or cooperates on. Written once for one task ({@link #sees}) and once for lists in JPQL
 * ({@link #JPQL}); InsideServerIT runs both over the same tasks in the database and fails when they differ.
 */
public final class Visibility {

    /** The JPQL condition on {@code t} for a caller who does not read everything; parameter {@code :me} is {@link #me}. */
    public static final String JPQL =
            "(t.leadUnitId = :me or exists (select 1 from Task v join v.cooperation c where v = t and c.unitId = :me))";

    private Visibility() {
    }

    public static boolean sees(Caller caller, Task task) {
        return caller.readsEverything() || task.involves(caller.unit());
    }

    /** The caller's unit for {@link #JPQL}; a caller without a unit matches no task. */
    public static long me(Caller caller) {
        return caller.unit() == null ? -1L : caller.unit().value();
    }
}
