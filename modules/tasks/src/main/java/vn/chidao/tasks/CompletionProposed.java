package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

public record CompletionProposed(TaskId task, UnitId lead) {
}
