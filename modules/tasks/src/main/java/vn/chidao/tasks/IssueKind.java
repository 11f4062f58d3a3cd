package vn.chidao.tasks;

/** What a unit raises in a progress report: an obstacle (khó khăn, vướng mắc) or a recommendation (kiến nghị, đề xuất). */
public enum IssueKind {
    OBSTACLE,
    RECOMMENDATION
}
