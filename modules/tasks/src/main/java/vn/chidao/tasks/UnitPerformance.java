package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/**
 * What one unit did in a period (kỳ đánh giá), the figures a province grades its units on: the tasks with a
 * date or period for deadline it led that fell due in the period or were finished in it, by how they ended
 * by the period's last day; the reports its recurring and ongoing tasks owed for periods due in it; the
 * extensions it was granted; the obstacles and recommendations it raised and how many were answered.
 */
public record UnitPerformance(UnitId unit, long tasksDue, long doneOnTime, long doneLate, long overdue, long periodsDue,
                              long periodsOnTime, long periodsLate, long periodsMissing, long extensions, long issuesRaised,
                              long issuesSettled) {

    public static UnitPerformance none(UnitId unit) {
        return new UnitPerformance(unit, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
