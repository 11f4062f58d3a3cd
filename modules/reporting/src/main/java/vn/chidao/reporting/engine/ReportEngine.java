package vn.chidao.reporting.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportsBusy;

/**
 * Lays reports out, a bounded number at a time. At most {@code chidao.reports.concurrent} reports are
 * produced at once; a request over the bound waits up to {@code chidao.reports.wait-seconds}, then is
 * told to come back ({@link ReportsBusy}) — that bounds the memory reports take, whatever the number
 * of people asking. The layout work runs on the engine's own threads, which end with the application:
 * JasperReports keeps per-thread caches that would otherwise pin the application to the server's shared
 * threads after a redeployment. The templates (compiled at build time) load there at start-up, in the background.
 */
@ApplicationScoped
public class ReportEngine {

    private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "chidao.reports.concurrent", defaultValue = "2")
    int concurrent;

    @Inject
    @ConfigProperty(name = "chidao.reports.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private ExecutorService workers;
    private volatile CompletableFuture<Templates> templates;
    private Permits permits;

    public void start() {
        permits = new Permits(concurrent, waitSeconds);
        workers = Executors.newFixedThreadPool(Math.max(1, concurrent), threadFactory);
        templates = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            Templates loaded = Templates.load();
            LOG.info(() -> "Report templates loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return loaded;
        }, workers);
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Runs {@code work} holding one of the report permits; throws {@link ReportsBusy} when none frees up in time. */
    public <T> T bounded(Supplier<T> work) {
        return permits.run(work);
    }

    /** The PDF or the workbook of a composed report, laid out on the engine's threads. */
    public byte[] render(ReportContent content, ReportFormat format, String author, List<String> about) {
        Supplier<byte[]> layout = switch (format) {
            case PDF -> () -> templates().pdf(content.template(), content.parameters(), content.title(), author);
            case XLSX -> () -> Workbooks.xlsx(content, about);
        };
        try {
            return CompletableFuture.supplyAsync(layout, workers).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report was laid out", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The report took more than 5 minutes to lay out", e);
        }
    }

    private Templates templates() {
        try {
            return templates.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report templates loaded", e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.SEVERE, "Report templates are not available", e);
            throw new IllegalStateException("Report templates are not available", e);
        }
    }
}
