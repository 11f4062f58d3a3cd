package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.Pillar;

/**
 * The secretariat's corrections to a task; null leaves a field as it is. {@code partDeadlines}
 * sets cooperating units' own deadlines (a null date removes one).
 */
public record TaskChanges(String title, String description, String expectedOutput, Pillar pillar, Priority priority,
                          UnitId lead, List<UnitId> cooperating, Map<UnitId, LocalDate> partDeadlines) {
}
