package vn.chidao.organization;

/** Identity of a person who signs in. */
public record PersonId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
