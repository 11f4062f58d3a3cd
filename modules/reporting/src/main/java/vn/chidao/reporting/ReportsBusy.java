package vn.chidao.reporting;

/**
 * Every report worker stayed busy for as long as a request may wait: the caller should try again
 * after {@link #retryAfterSeconds()} (the web layer answers 503 with Retry-After).
 */
public class ReportsBusy extends RuntimeException {

    private final int retryAfterSeconds;

    public ReportsBusy(int retryAfterSeconds) {
        super("All report workers are busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
