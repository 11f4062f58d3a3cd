package vn.chidao.tasks;

import java.util.List;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.Pillar;

/** The secretariat's corrections to a task; null leaves a field as it is. */
public record TaskChanges(String title, String description, String expectedOutput, Pillar pillar, Priority priority,
                          UnitId lead, List<UnitId> cooperating) {
}
