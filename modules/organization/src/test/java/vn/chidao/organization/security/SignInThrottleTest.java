package vn.chidao.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Budget(5, Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofMinutes(15)),
            new SignInThrottle.Budget(100, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMinutes(15)), clock,
            new SignInThrottle.InMemory());

    @Test
    void fiveFailuresMakeThatAccountAndAddressWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("giamdoc@chidao.local", "10.0.0.9");
            assertThat(throttle.secondsToWait("giamdoc@chidao.local", "10.0.0.9")).isZero();
        }
        throttle.failed("giamdoc@chidao.local", "10.0.0.9");

        assertThat(throttle.secondsToWait("giamdoc@chidao.local", "10.0.0.9")).isBetween(29L, 31L);
    }

    @Test
    void anAttackerElsewhereDoesNotLockTheRealPersonOut() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("giamdoc@chidao.local", "203.0.113.7");
        }

        assertThat(throttle.secondsToWait("giamdoc@chidao.local", "10.0.0.9")).isZero();
    }

    @Test
    void waitDoublesWithEachFurtherFailureUpToTheCap() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a@b.c", "x");
        }
        assertThat(throttle.secondsToWait("a@b.c", "x")).isBetween(59L, 61L);
        for (int i = 0; i < 30; i++) {
            throttle.failed("a@b.c", "x");
        }
        assertThat(throttle.secondsToWait("a@b.c", "x")).isBetween(899L, 901L);
    }

    @Test
    void blanksCaseAndUnicodeFormDoNotMakeANewAccount() {
        String nfd = java.text.Normalizer.normalize("giámđốc@chidao.local", java.text.Normalizer.Form.NFD);
        for (String name : new String[] {" giámđốc@chidao.local", "  GIÁMĐỐC@chidao.local", nfd, "giámđốc@chidao.local ",
            "\tgiámđốc@chidao.local"}) {
            throttle.failed(name, "10.0.0.9");
        }
        assertThat(throttle.secondsToWait("giámđốc@chidao.local", "10.0.0.9")).isBetween(29L, 31L);
    }

    @Test
    void oneAddressSprayingManyNamesWaitsToo() {
        for (int i = 0; i < 99; i++) {
            throttle.failed("nguoi" + i + "@chidao.local", "198.51.100.4");
        }
        assertThat(throttle.secondsToWait("ai-do@chidao.local", "198.51.100.4")).isZero();
        throttle.failed("nguoi-cuoi@chidao.local", "198.51.100.4");
        assertThat(throttle.secondsToWait("ai-do@chidao.local", "198.51.100.4")).as("any name from that address").isBetween(29L, 31L);
        assertThat(throttle.secondsToWait("ai-do@chidao.local", "10.0.0.9")).as("others are not affected").isZero();
    }

    @Test
    void anOfficesMistakesSpreadOverTheDayDoNotAddUp() {
        for (int hour = 0; hour < 5; hour++) {
            for (int i = 0; i < 60; i++) {
                throttle.failed("can-bo" + i + "@chidao.local", "203.0.113.50");
            }
            clock.advance(Duration.ofMinutes(61));
        }
        assertThat(throttle.secondsToWait("can-bo-moi@chidao.local", "203.0.113.50")).isZero();
    }

    @Test
    void theWaitEndsAndSuccessForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@b.c", "x");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.secondsToWait("a@b.c", "x")).isZero();

        throttle.succeeded("a@b.c", "x");
        throttle.failed("a@b.c", "x");
        assertThat(throttle.secondsToWait("a@b.c", "x")).isZero();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
