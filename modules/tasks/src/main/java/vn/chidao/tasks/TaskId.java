package vn.chidao.tasks;

public record TaskId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
