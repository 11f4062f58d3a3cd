package vn.chidao.plan;

public record DocumentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
