package vn.chidao.reporting;

/** Identifies an archived report. */
public record ReportId(long value) {
}
