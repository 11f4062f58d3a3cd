package vn.chidao.tasks;

/** What a line of a task's conversation is. */
public enum CommentKind {
    /** Trao đổi: information between the units and the secretariat. */
    COMMENT,
    /** Hỏi: a question the secretariat or the lead unit is expected to answer. */
    QUESTION,
    /** Ý kiến chỉ đạo: a direction of a committee member (or conveyed by the secretariat); it stands out. */
    DIRECTION
}
