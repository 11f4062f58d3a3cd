package vn.chidao.organization;

/** Identity of an organisation unit; other modules hold this, never the unit itself. */
public record UnitId(long value) {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
