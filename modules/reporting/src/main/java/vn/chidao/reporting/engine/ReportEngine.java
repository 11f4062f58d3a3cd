package vn.chidao.reporting.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportsBusy;

/**
 * Lays reports out, a bounded number at a time. The templates compile in the background at start-up
 * (and a first fill warms the fonts), so neither start-up nor the first request pays for it twice.
 * At most {@code chidao.reports.concurrent} reports are produced at once; a request over the bound
 * waits up to {@code chidao.reports.wait-seconds}, then is told to come back ({@link ReportsBusy}).
 * That bounds the memory reports can take, whatever the number of people asking.
 */
@ApplicationScoped
public class ReportEngine {

    private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "chidao.reports.concurrent", defaultValue = "2")
    int concurrent;

    @Inject
    @ConfigProperty(name = "chidao.reports.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private volatile CompletableFuture<Templates> templates;
    private Permits permits;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        permits = new Permits(concurrent, waitSeconds);
        templates = executor.supplyAsync(() -> {
            long started = System.nanoTime();
            Templates compiled = Templates.compile();
            LOG.info(() -> "Report templates compiled in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return compiled;
        });
    }

    /** Runs {@code work} holding one of the report permits; throws {@link ReportsBusy} when none frees up in time. */
    public <T> T bounded(java.util.function.Supplier<T> work) {
        return permits.run(work);
    }

    /** The PDF or the workbook of a composed report. */
    public byte[] render(ReportContent content, ReportFormat format, String author, List<String> about) {
        return switch (format) {
            case PDF -> templates().pdf(content.template(), content.parameters(), content.title(), author);
            case XLSX -> Workbooks.xlsx(content, about);
        };
    }

    /** How many reports are being produced right now. */
    public int busy() {
        return permits.busy();
    }

    private Templates templates() {
        try {
            return templates.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report templates compiled", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.SEVERE, "Report templates are not available", e);
            throw new IllegalStateException("Report templates are not available", e);
        }
    }
}
