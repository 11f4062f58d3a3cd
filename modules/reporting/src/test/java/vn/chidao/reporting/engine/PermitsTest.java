package vn.chidao.reporting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.chidao.reporting.ReportsBusy;

class PermitsTest {

    @Test
    void aRequestOverTheBoundIsTurnedAwayWithATimeToComeBack() throws Exception {
        Permits permits = new Permits(1, 0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> permits.run(() -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        holding.await(5, TimeUnit.SECONDS);

        assertThat(permits.busy()).isEqualTo(1);
        assertThatThrownBy(() -> permits.run(() -> "second")).isInstanceOf(ReportsBusy.class)
                .satisfies(e -> assertThat(((ReportsBusy) e).retryAfterSeconds()).isPositive());

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(permits.run(() -> "third")).isEqualTo("third");
        assertThat(permits.busy()).isZero();
    }

    @Test
    void aFailedReportGivesItsPermitBack() {
        Permits permits = new Permits(1, 0);
        assertThatThrownBy(() -> permits.run(() -> {
            throw new IllegalStateException("template broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(permits.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
