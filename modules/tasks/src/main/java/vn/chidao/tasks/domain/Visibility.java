package vn.chidao.tasks.domain;

import vn.chidao.organization.Caller;

/**
 * Who sees which task: the secretariat and the committee see every task; a unit's people see the tasks
 * their unit leads or cooperates on. Written once for one task ({@link #sees}) and once for lists in JPQL
 * ({@link #JPQL}); InsideServerIT runs both over the same tasks in the database and fails when they differ.
 */
public final class Visibility {

    /** The JPQL condition on {@code t} for a caller who does not read everything; parameter {@code :me} is {@link #me}. */
    public static final String JPQL = involving("me");

    private Visibility() {
    }

    /**
     * The JPQL condition "task {@code t} is led by, or has a part for, the unit in parameter {@code :<parameter>}" —
     * the SQL twin of {@link Task#involves}; each parameter gets its own aliases, so the condition can appear twice.
     */
    public static String involving(String parameter) {
        return "(t.leadUnitId = :%1$s or exists (select 1 from Task %1$s_t join %1$s_t.cooperation %1$s_c where %1$s_t = t and %1$s_c.unitId = :%1$s))"
                .formatted(parameter);
    }

    public static boolean sees(Caller caller, Task task) {
        return caller.readsEverything() || task.involves(caller.unit());
    }

    /** The caller's unit for {@link #JPQL}; a caller without a unit matches no task. */
    public static long me(Caller caller) {
        return caller.unit() == null ? -1L : caller.unit().value();
    }
}
