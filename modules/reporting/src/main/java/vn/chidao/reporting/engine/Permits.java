package vn.chidao.reporting.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import vn.chidao.reporting.ReportsBusy;

/** A fixed number of report workers; a request over the bound waits a while, then is turned away. */
public final class Permits {

    private final Semaphore semaphore;
    private final int size;
    private final int waitSeconds;

    public Permits(int size, int waitSeconds) {
        this.size = Math.max(1, size);
        this.waitSeconds = Math.max(0, waitSeconds);
        this.semaphore = new Semaphore(this.size, true);
    }

    public <T> T run(Supplier<T> work) {
        try {
            if (!semaphore.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new ReportsBusy(Math.max(5, waitSeconds / 2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportsBusy(5);
        }
        try {
            return work.get();
        } finally {
            semaphore.release();
        }
    }

    public int busy() {
        return size - semaphore.availablePermits();
    }
}
