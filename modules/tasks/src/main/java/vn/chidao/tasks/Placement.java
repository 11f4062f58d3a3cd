package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/**
 * Where one open task of a unit that is split or dissolved goes: the unit that takes the ending unit's part — the lead
 * when it led the task, a cooperating part otherwise. In a plan, {@code to} is the proposal (the first heir), or null
 * for a dissolution, where the secretariat must choose.
 */
public record Placement(TaskId task, String code, String title, boolean lead, UnitId to) {
}
