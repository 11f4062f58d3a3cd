package vn.chidao.organization.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.chidao.organization.domain.Person;

/**
 * Slows down password guessing with two budgets. Failures are counted per account <em>and</em> client address, so an
 * attacker elsewhere cannot lock the real person out; after {@code allowedFailures} the pair waits, twice as long after
 * each further failure, up to a cap. Failures are also counted per address across every account within an hour, so
 * spraying names (each unknown one costing a full password hash) soon waits too; the budget is wide enough for an office
 * whose people all sign in through one address. The account is the sign-in name as sign-in reads it
 * (blanks, case and Unicode form do not make a new account). The counts live in a {@link Store}: the database, so that
 * every server sees them.
 */
public final class SignInThrottle {

    /** Where the counts live; keys are digests. */
    public interface Store {
        /** One more failure for the key at {@code at}, counting afresh when the last was longer than {@code window} ago; the count now. */
        int fail(String key, Instant at, Duration window);

        void block(String key, Instant until);

        Optional<Instant> blockedUntil(String key);

        void forget(String key);
    }

    private final Budget pair;
    private final Budget address;
    private final Clock clock;
    private final Store store;

    /** How many failures a key may have within {@code window} before it waits, the first wait and the longest. */
    public record Budget(int allowedFailures, Duration window, Duration firstWait, Duration maxWait) {
    }

    public SignInThrottle(Budget pair, Budget address, Clock clock, Store store) {
        this.pair = pair;
        this.address = address;
        this.clock = clock;
        this.store = store;
    }

    /** Seconds the caller must still wait, or 0 when it may try now. */
    public long secondsToWait(String account, String clientAddress) {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : new String[] {pairKey(account, clientAddress), addressKey(clientAddress)}) {
            Optional<Instant> until = store.blockedUntil(key);
            if (until.isPresent() && until.get().isAfter(now)) {
                wait = Math.max(wait, Duration.between(now, until.get()).toSeconds() + 1);
            }
        }
        return wait;
    }

    public void failed(String account, String clientAddress) {
        count(pairKey(account, clientAddress), pair);
        count(addressKey(clientAddress), address);
    }

    public void succeeded(String account, String clientAddress) {
        store.forget(pairKey(account, clientAddress));
    }

    /**
     * The name under which the current password asked by a password change is counted: apart from the account's sign-ins
     * (each request of an API client signs in again, which would forget the count), within the same address budget.
     */
    public static String secondFactor(String account) {
        return "second factor of " + Person.normalizeEmail(account == null ? "" : account);
    }

    public static String passwordChange(String account) {
        return "password change of " + Person.normalizeEmail(account == null ? "" : account);
    }

    private void count(String key, Budget budget) {
        Instant now = clock.instant();
        int failures = store.fail(key, now, budget.window());
        if (failures >= budget.allowedFailures()) {
            Duration wait = budget.firstWait().multipliedBy(1L << Math.min(20, failures - budget.allowedFailures()));
            store.block(key, now.plus(wait.compareTo(budget.maxWait()) > 0 ? budget.maxWait() : wait));
        }
    }

    static String pairKey(String account, String clientAddress) {
        return digest("pair|" + Person.normalizeEmail(account == null ? "" : account) + "|" + clientAddress);
    }

    static String addressKey(String clientAddress) {
        return digest("address|" + clientAddress);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Counts kept in this JVM only: for tests of the rule itself. */
    public static final class InMemory implements Store {
        private final ConcurrentHashMap<String, Integer> failures = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Instant> last = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Instant> blocked = new ConcurrentHashMap<>();

        @Override
        public int fail(String key, Instant at, Duration window) {
            Instant before = last.put(key, at);
            if (before != null && before.isBefore(at.minus(window))) {
                failures.remove(key);
            }
            return failures.merge(key, 1, Integer::sum);
        }

        @Override
        public void block(String key, Instant until) {
            blocked.put(key, until);
        }

        @Override
        public Optional<Instant> blockedUntil(String key) {
            return Optional.ofNullable(blocked.get(key));
        }

        @Override
        public void forget(String key) {
            failures.remove(key);
            blocked.remove(key);
        }
    }
}
