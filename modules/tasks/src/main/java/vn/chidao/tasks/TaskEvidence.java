package vn.chidao.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.domain.ArchiveInspection;
import vn.chidao.tasks.domain.Evidence;
import vn.chidao.tasks.domain.EvidenceContent;
import vn.chidao.tasks.domain.EvidenceFiles;
import vn.chidao.tasks.domain.VirusScanner;

/**
 * Evidence files of progress reports: size- and type-checked, archives inspected and every file scanned by the ClamAV
 * daemon before anything is written (a file that could not be scanned is refused, never kept unscanned); kept
 * with their SHA-256, served only to those who may see the task.
 */
@ApplicationScoped
@Transactional
public class TaskEvidence {

    private static final Logger LOG = Logger.getLogger(TaskEvidence.class.getName());

    /** A file and its bytes, for download. */
    public record Download(EvidenceView evidence, byte[] content) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskProgress taskProgress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.evidence.maxBytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "chidao.evidence.scan", defaultValue = "clamav")
    String scan;

    @Inject
    @ConfigProperty(name = "chidao.clamav.host", defaultValue = "127.0.0.1")
    String clamHost;

    @Inject
    @ConfigProperty(name = "chidao.clamav.port", defaultValue = "3310")
    int clamPort;

    @Inject
    @ConfigProperty(name = "chidao.clamav.timeoutSeconds", defaultValue = "60")
    long clamTimeoutSeconds;

    @Inject
    AuditLog audit;

    public long maxBytes() {
        return maxBytes;
    }

    public EvidenceView attach(TaskId task, long progressId, Caller caller, String fileName, InputStream content) {
        assignment.task(task, caller);
        Object[] report = em.createQuery("select p.taskId, p.unitId from ProgressReport p where p.id = :id", Object[].class)
                .setParameter("id", progressId).getResultStream().findFirst()
                .orElseThrow(() -> RuleViolation.invalid("progressId", "evidence.progress.unknown"));
        if (!report[0].equals(task.value())) {
            throw RuleViolation.invalid("progressId", "evidence.progress.unknown");
        }
        if (!caller.unitUser() || !report[1].equals(caller.unit().value())) {
            throw RuleViolation.forbidden("evidence.ownReportOnly");
        }
        return store(task, progressId, caller, checked(caller, fileName, content));
    }

    /**
     * A progress report and its evidence file in one transaction: the file is checked first, so a
     * refused file leaves no report behind (and tells nobody of a completion that was not proposed).
     */
    public ProgressView reportWithEvidence(TaskId task, Caller caller, String text, int percent, boolean proposesCompletion,
                                           List<String> obstacles, List<String> recommendations, List<Disbursed> disbursed,
                                           String fileName, InputStream content) {
        CheckedFile file = content == null ? null : checked(caller, fileName, content);
        ProgressView progress = taskProgress.reportProgress(task, caller, null, text, percent, proposesCompletion, obstacles,
                recommendations, disbursed);
        if (file != null) {
            store(task, progress.id(), caller, file);
        }
        return progress;
    }

    private record CheckedFile(String name, byte[] bytes, String mediaType) {
    }

    private CheckedFile checked(Caller caller, String fileName, InputStream content) {
        String name = fileName == null ? "" : EvidenceFiles.cleanName(fileName);
        if (name.isEmpty()) {
            throw RuleViolation.invalid("file", "evidence.name.required");
        }
        byte[] bytes = readAtMost(content, maxBytes);
        if (bytes == null) {
            throw RuleViolation.invalid("file", "evidence.tooLarge", maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw RuleViolation.invalid("file", "evidence.empty");
        }
        String mediaType = EvidenceFiles.accept(name, bytes)
                .orElseThrow(() -> RuleViolation.invalid("file", "evidence.type", name));
        if (ArchiveInspection.isZip(bytes)) {
            ArchiveInspection.inspect(bytes, ArchiveInspection.Limits.DEFAULT).ifPresent(problem -> {
                refused(caller, name, problem.name());
                throw RuleViolation.invalid("file", problem.messageKey(), name);
            });
        }
        scan(caller, name, bytes);
        return new CheckedFile(name, bytes, mediaType);
    }

    /** Scanning "off" is for the demo only: start-up says so in the log. */
    public boolean scanning() {
        return !"off".equalsIgnoreCase(scan.strip());
    }

    public VirusScanner scanner() {
        return new VirusScanner(clamHost, clamPort, Duration.ofSeconds(clamTimeoutSeconds));
    }

    private void scan(Caller caller, String name, byte[] bytes) {
        if (!scanning()) {
            return;
        }
        Optional<String> found;
        try {
            found = scanner().scan(bytes);
        } catch (VirusScanner.Unavailable e) {
            LOG.severe(() -> "evidence refused, the virus scanner is down: " + e.getMessage());
            throw RuleViolation.unavailable("file", "evidence.scanUnavailable", name);
        }
        if (found.isPresent()) {
            refused(caller, name, found.get());
            throw RuleViolation.invalid("file", "evidence.infected", name, found.get());
        }
    }

    private void refused(Caller caller, String name, String why) {
        LOG.warning(() -> "evidence refused (" + why + "): " + name + " from " + caller.email());
        audit.recordQuietly(caller.email(), null, AuditLog.Action.UPLOAD_REFUSED, name, why);
    }

    private EvidenceView store(TaskId task, long progressId, Caller caller, CheckedFile file) {
        Evidence evidence = new Evidence(task.value(), progressId, caller.unit().value(), file.name(), file.mediaType(),
                file.bytes().length, sha256(file.bytes()), caller.email(), clock.instant());
        em.persist(evidence);
        em.flush();
        em.persist(new EvidenceContent(evidence.id(), file.bytes()));
        return evidence.view();
    }

    public List<EvidenceView> evidence(TaskId task, Caller caller) {
        assignment.task(task, caller);
        return em.createQuery("select e from Evidence e where e.taskId = :t order by e.uploadedAt, e.id", Evidence.class)
                .setParameter("t", task.value()).getResultList().stream().map(Evidence::view).toList();
    }

    public Download download(TaskId task, long evidenceId, Caller caller) {
        assignment.task(task, caller);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || !evidence.taskId().equals(task.value())) {
            throw RuleViolation.notFound("evidence.notFound", evidenceId);
        }
        return new Download(evidence.view(), em.find(EvidenceContent.class, evidenceId).content());
    }

    /** The stream's bytes, or null as soon as it proves longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
