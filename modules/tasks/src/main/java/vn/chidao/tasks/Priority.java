package vn.chidao.tasks;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
