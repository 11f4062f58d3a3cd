package vn.chidao.tasks;

import java.util.Map;

import vn.chidao.organization.UnitId;

/** How many of a unit's tasks (as lead) are in each status class. */
public record UnitStatusCounts(UnitId unit, Map<StatusClass, Long> counts, long total) {

    public UnitStatusCounts {
        counts = Map.copyOf(counts);
    }
}
