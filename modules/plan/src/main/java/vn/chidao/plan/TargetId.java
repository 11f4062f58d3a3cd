package vn.chidao.plan;

public record TargetId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
