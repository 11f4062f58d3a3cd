package vn.chidao.tasks;

public enum ExtensionState {
    PENDING,
    APPROVED,
    REJECTED
}
