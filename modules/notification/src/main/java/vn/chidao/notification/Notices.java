package vn.chidao.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.notification.letters.Letter;
import vn.chidao.notification.letters.Letters;
import vn.chidao.notification.outbox.Postbox;
import vn.chidao.organization.Installation;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.reporting.ReportId;
import vn.chidao.tasks.TaskId;

/**
 * Who hears about what, and in which words: the people of a unit (its head and officers), the
 * secretariat or the committee, each in their own language, each notice once per person. Only the
 * units a task names ever hear about it.
 */
@ApplicationScoped
class Notices {

    static final Set<Role> UNIT_PEOPLE = EnumSet.of(Role.UNIT_HEAD, Role.UNIT_OFFICER);

    @Inject
    Installation installation;

    @Inject
    Organization organization;

    @Inject
    Postbox postbox;

    @Inject
    Preferences preferences;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** A notice about a task, to the given people, once per {@code key} and person; gathered in {@code batch}. */
    int aboutTask(NoticeKind kind, String key, Collection<PersonView> people, TaskFacts task, List<Object> headline,
                  Map<String, Object> extra, Postbox.Batch batch, Set<Long> digestReaders) {
        String sender = installation.profile().committeeName();
        for (PersonView person : people) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("task", task.name());
            fields.put("lead", task.leadName());
            fields.put("deadline", task.due());
            fields.put("standing", standing(task.due(), person.locale()));
            fields.putAll(extra);
            Letter letter = Letters.write(kind, person.locale(), headline, fields, baseUrl + "/task.xhtml?id=" + task.id().value(),
                    sender);
            boolean individual = !((kind == NoticeKind.REMINDER || kind == NoticeKind.OVERDUE) && digestReaders.contains(person.id().value()));
            batch.add(kind, key, person, letter, task.id(), null, individual, false);
        }
        return people.size();
    }

    /** The deadline in words for the day the notice is written: "còn 3 ngày", "đến hạn hôm nay", "quá hạn 5 ngày". */
    private String standing(java.time.LocalDate due, java.util.Locale language) {
        if (due == null) {
            return null;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(clock), due);
        return days > 0 ? vn.chidao.kernel.Messages.text(language, "ntf.standing.left", days)
                : days == 0 ? vn.chidao.kernel.Messages.text(language, "ntf.standing.today")
                : vn.chidao.kernel.Messages.text(language, "ntf.standing.overdue", -days);
    }

    /** Who chose a weekly digest: asked once per scan or expansion, not once per notice. */
    Set<Long> digestReaders() {
        return Set.copyOf(preferences.digestReaders());
    }

    void aboutReport(NoticeKind kind, String key, Collection<PersonView> people, ReportId report, List<Object> headline,
                     Map<String, Object> fields, boolean attach, Postbox.Batch batch) {
        for (PersonView person : people) {
            Letter letter = Letters.write(kind, person.locale(), headline, fields,
                    baseUrl + "/api/reports/" + report.value() + "/content", installation.profile().committeeName());
            batch.add(kind, key, person, letter, null, report, true, attach);
        }
    }

    /** The heads and officers of these units (or only the heads). */
    List<PersonView> unitPeople(Collection<UnitId> units, boolean headsOnly) {
        Set<PersonView> people = new LinkedHashSet<>();
        for (UnitId unit : units) {
            people.addAll(organization.people(unit, headsOnly ? EnumSet.of(Role.UNIT_HEAD) : UNIT_PEOPLE));
        }
        return new ArrayList<>(people);
    }

    List<PersonView> withRole(Role role) {
        return organization.peopleWithRole(role);
    }

    String unitName(UnitId unit) {
        return organization.unit(unit).map(UnitView::name).orElse("#" + unit.value());
    }

    /** What every notice about a task shows. */
    record TaskFacts(TaskId id, String code, String title, String leadName, LocalDate due) {
        String name() {
            return code == null || code.isBlank() ? title : code + ". " + title;
        }
    }
}
