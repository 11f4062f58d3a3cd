package vn.chidao.app.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import vn.chidao.notification.InboxItem;
import vn.chidao.notification.Notifications;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.tasks.Caller;
import vn.chidao.tasks.OverdueTask;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.UnitStatusCounts;

/** The start page after sign-in: who I am, my tasks by status class, what is overdue, the units of the province. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Organization organization;

    @Inject
    SecurityContext security;

    @Inject
    TaskQueries queries;

    @Inject
    Notifications notifications;

    private PersonView me;
    private List<UnitView> units;
    private Map<StatusClass, Long> counts;
    private List<OverdueTask> overdue;
    private Map<Long, String> unitNames;

    /** My latest notices, newest first. */
    public List<InboxItem> getInbox() {
        return notifications.inbox(getMe().id(), false, 0, 8);
    }

    public long getUnread() {
        return notifications.unread(getMe().id());
    }

    public void markAllRead() {
        notifications.markRead(getMe().id(), null);
    }

    public PersonView getMe() {
        if (me == null) {
            me = organization.personByEmail(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return me;
    }

    public String getMyUnitName() {
        PersonView person = getMe();
        return person.unit() == null ? "" : organization.unit(person.unit()).map(UnitView::name).orElse("");
    }

    /** The caller's tasks (their unit's, or the province's for the secretariat and committee) per status class. */
    public List<Map.Entry<StatusClass, Long>> getCounts() {
        if (counts == null) {
            counts = new EnumMap<>(StatusClass.class);
            for (StatusClass status : StatusClass.values()) {
                counts.put(status, 0L);
            }
            Caller caller = Caller.of(getMe());
            TaskFilter filter = caller.readsEverything() ? TaskFilter.all()
                    : new TaskFilter(caller.unit(), null, null, null, null, null);
            for (UnitStatusCounts unit : queries.countsByUnit(filter, caller, false)) {
                unit.counts().forEach((status, n) -> counts.merge(status, n, Long::sum));
            }
        }
        return List.copyOf(counts.entrySet());
    }

    /** The ten longest overdue tasks the caller may see. */
    public List<OverdueTask> getOverdue() {
        if (overdue == null) {
            overdue = queries.overdue(TaskFilter.all(), Caller.of(getMe()), 10);
        }
        return overdue;
    }

    public String unitName(UnitId id) {
        if (unitNames == null) {
            unitNames = organization.units(null).stream().collect(Collectors.toMap(u -> u.id().value(), UnitView::displayName));
        }
        return unitNames.getOrDefault(id.value(), "");
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units(organization.today());
        }
        return units;
    }
}
