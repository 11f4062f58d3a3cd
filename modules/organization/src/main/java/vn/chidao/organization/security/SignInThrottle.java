package vn.chidao.organization.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per account <em>and</em> client address,
 * so an attacker elsewhere cannot lock the real person out; after {@code allowedFailures} the
 * pair waits, twice as long after each further failure, up to a cap.
 */
public final class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int allowedFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int allowedFailures, Duration firstWait, Duration maxWait, Clock clock) {
        this.allowedFailures = allowedFailures;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** Seconds the caller must still wait, or 0 when it may try now. */
    public long secondsToWait(String account, String address) {
        Failures f = failures.get(key(account, address));
        if (f == null || f.blockedUntil == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), f.blockedUntil).toSeconds();
        return Math.max(0, seconds + 1);
    }

    public void failed(String account, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        failures.compute(key(account, address), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            Instant until = null;
            if (count >= allowedFailures) {
                long factor = 1L << Math.min(20, count - allowedFailures);
                Duration wait = firstWait.multipliedBy(factor);
                until = clock.instant().plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
            }
            return new Failures(count, until);
        });
    }

    public void succeeded(String account, String address) {
        failures.remove(key(account, address));
    }

    private static String key(String account, String address) {
        return (account == null ? "" : account.toLowerCase()) + "|" + address;
    }

    private record Failures(int count, Instant blockedUntil) {
    }
}
