package vn.chidao.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.reporting.archive.Archive;
import vn.chidao.reporting.archive.Schedules;
import vn.chidao.reporting.archive.StoredReport;
import vn.chidao.reporting.compose.BriefingComposer;
import vn.chidao.reporting.compose.EvaluationComposer;
import vn.chidao.reporting.compose.ReportSettings;
import vn.chidao.reporting.compose.ScorecardComposer;
import vn.chidao.reporting.compose.Snapshot;
import vn.chidao.reporting.compose.TaskSheetComposer;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.ReportEngine;
import vn.chidao.reporting.signing.Fonts;
import vn.chidao.reporting.signing.PdfSigner;
import vn.chidao.reporting.signing.SigningKeys;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskView;

/**
 * Briefings, scorecards, task sheets and evaluations: generated on demand or on a schedule, from one consistent
 * snapshot, and archived with who asked, when, and a SHA-256 so the same bytes can be handed out again.
 * The committee and the secretariat may generate and read every report; a unit's people only their
 * unit's scorecards and the sheets of tasks they can see.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class.getName());
    private static final Caller SCHEDULE = Caller.system();

    @Inject
    BriefingComposer briefings;

    @Inject
    ScorecardComposer scorecards;

    @Inject
    TaskSheetComposer taskSheets;

    @Inject
    EvaluationComposer evaluations;

    @Inject
    Snapshot snapshot;

    @Inject
    ReportEngine engine;

    @Inject
    Archive archive;

    @Inject
    Schedules schedules;

    @Inject
    TaskAssignment assignment;

    @Inject
    ReportSettings settings;

    @Inject
    Clock clock;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AuditLog audit;

    public record Download(ArchivedReport report, byte[] content) {
    }

    public ArchivedReport generate(ReportRequest request, Caller caller) {
        return generate(request, caller, null, null);
    }

    private ArchivedReport generate(ReportRequest request, Caller caller, Long schedule, String period) {
        if (request == null || request.kind() == null) {
            throw RuleViolation.invalid("kind", "report.kind.required");
        }
        ReportFormat format = request.format() == null ? ReportFormat.PDF : request.format();
        LocalDate today = assignment.today();
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        if (asOf.isAfter(today)) {
            throw RuleViolation.invalid("asOf", "report.asOf.future", asOf);
        }
        if (asOf.getYear() < 2000) {
            throw RuleViolation.invalid("asOf", "report.asOf.tooEarly", asOf);
        }
        UnitId archivedUnit = authorize(request, caller);
        return engine.bounded(() -> {
            Instant now = clock.instant();
            ReportContent content = snapshot.read(() -> switch (request.kind()) {
                case BRIEFING -> briefings.briefing(request.document(), asOf, caller, now);
                case SCORECARD -> scorecards.scorecard(request.unit(), asOf, caller, now);
                case TASK_SHEET -> taskSheets.taskSheet(request.task(), caller, now);
                case EVALUATION -> evaluations.evaluation(EvaluationPeriod.parse(request.period()), caller, now);
            });
            String generatedAt = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(ZonedDateTime.ofInstant(now, settings.zone()));
            byte[] bytes = engine.render(content, format, caller.email(), List.of(content.title(),
                    "Lập lúc " + generatedAt + " bởi " + caller.email(), "Hệ thống Chỉ Đạo — " + settings.issuer()));
            String parameters = "kind=" + request.kind() + ";format=" + format + ";asOf=" + asOf
                    + (request.document() == null ? "" : ";document=" + request.document().value())
                    + (request.unit() == null ? "" : ";unit=" + request.unit().value())
                    + (request.task() == null ? "" : ";task=" + request.task().value())
                    + (request.kind() == ReportKind.EVALUATION ? ";period=" + EvaluationPeriod.parse(request.period()).code() : "");
            return archive.store(new StoredReport(request.kind(), format, content.title(),
                    content.fileStem() + "." + format.extension(), request.document(), archivedUnit, request.task(), asOf,
                    parameters, caller.email(), now, bytes.length, sha256(bytes), schedule, period), bytes);
        });
    }

    /**
     * Signs an archived PDF with the committee's certificate (the secretariat, as the clerk who issues documents does): the
     * signed file is archived beside the unsigned one, which stays as it was; a report is signed once.
     */
    public ArchivedReport sign(ReportId id, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("report.sign.forbidden");
        }
        ArchivedReport original = archive.find(id).orElseThrow(() -> RuleViolation.notFound("report.notFound"));
        if (original.format() != ReportFormat.PDF) {
            throw RuleViolation.invalid("id", "report.sign.notPdf", original.fileName());
        }
        if (original.signedFrom() != null) {
            throw RuleViolation.conflict("id", "report.sign.signedCopy", original.fileName());
        }
        archive.signedCopyOf(id).ifPresent(copy -> {
            throw RuleViolation.conflict("id", "report.sign.already", copy.id().value());
        });
        SigningKeys.Loaded loaded = signingKeys.load();
        if (loaded.key() == null) {
            throw RuleViolation.unavailable("signing", "report.sign.noKey", loaded.problem());
        }
        ArchivedReport signed;
        try {
            signed = engine.bounded(() -> {
                Instant now = clock.instant();
                byte[] bytes = PdfSigner.sign(archive.content(id), loaded.key(), new PdfSigner.Details(settings.signerTitle(),
                        settings.place(), "Phát hành văn bản điện tử", now.atZone(settings.zone()), Fonts.regular()));
                return archive.store(StoredReport.signedCopy(original, "signed=" + id.value(), loaded.key().subject(), now,
                        bytes.length, sha256(bytes), caller.email()), bytes);
            });
        } catch (RuntimeException failed) {
            // two clerks signing at once: the database keeps one signed copy per report, the other is told so
            archive.signedCopyOf(id).ifPresent(copy -> {
                throw RuleViolation.conflict("id", "report.sign.already", copy.id().value());
            });
            throw failed;
        }
        audit.recordQuietly(caller.email(), null, AuditLog.Action.DOCUMENT_SIGNED, "report " + id.value(),
                "signed copy " + signed.id().value() + " sha256 " + signed.sha256() + " by " + signed.signer());
        return signed;
    }

    /** Who may ask for what; returns the unit the archived report belongs to (null: the committee's). */
    private UnitId authorize(ReportRequest request, Caller caller) {
        switch (request.kind()) {
            case BRIEFING -> {
                if (!caller.readsEverything()) {
                    throw RuleViolation.forbidden("report.forbidden");
                }
                return null;
            }
            case SCORECARD -> {
                if (request.unit() == null) {
                    throw RuleViolation.invalid("unit", "report.unit.required");
                }
                if (!caller.readsEverything() && !request.unit().equals(caller.unit())) {
                    throw RuleViolation.forbidden("report.forbidden");
                }
                return request.unit();
            }
            case TASK_SHEET -> {
                if (request.task() == null) {
                    throw RuleViolation.invalid("task", "report.task.required");
                }
                TaskView task = assignment.task(request.task(), caller);
                return caller.unitUser() && !caller.readsEverything() ? caller.unit() : task.leadUnit();
            }
            case EVALUATION -> {
                EvaluationPeriod.parse(request.period());
                if (!caller.readsEverything()) {
                    throw RuleViolation.forbidden("report.forbidden");
                }
                return null;
            }
            default -> throw RuleViolation.invalid("kind", "report.kind.required");
        }
    }

    /** The archive, newest first: everything for the committee and the secretariat, a unit's own reports for its people. */
    public List<ArchivedReport> archive(ReportKind kind, Caller caller, int offset, int limit) {
        if (caller.readsEverything()) {
            return archive.list(kind, null, offset, limit);
        }
        return caller.unit() == null ? List.of() : archive.list(kind, caller.unit(), offset, limit);
    }

    public Optional<ArchivedReport> report(ReportId id, Caller caller) {
        return archive.find(id).filter(r -> mayRead(r, caller));
    }

    public Optional<Download> download(ReportId id, Caller caller) {
        return report(id, caller).map(r -> new Download(r, archive.content(r.id())));
    }

    private static boolean mayRead(ArchivedReport report, Caller caller) {
        return caller.readsEverything() || (report.unit() != null && report.unit().equals(caller.unit()));
    }

    public List<ScheduleView> schedules() {
        return schedules.all();
    }

    public ScheduleView schedule(vn.chidao.plan.DocumentId document, Frequency frequency, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("report.forbidden");
        }
        if (frequency == null) {
            throw RuleViolation.invalid("frequency", "report.schedule.frequency.required");
        }
        return schedules.create(document, frequency, caller.email(), clock.instant());
    }

    public ScheduleView stopSchedule(long id, long expectedVersion, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("report.forbidden");
        }
        return schedules.stop(id, expectedVersion);
    }

    /**
     * Generates the briefing of every active schedule whose current period has none yet. Safe to run
     * at any time, twice, or on several servers at once: each period's briefing is generated once.
     */
    public List<ArchivedReport> generateDueBriefings() {
        LocalDate today = assignment.today();
        List<ArchivedReport> generated = new java.util.ArrayList<>();
        for (ScheduleView schedule : schedules.all()) {
            String period = schedule.frequency().period(today);
            if (!schedule.active() || period.equals(schedule.lastPeriod()) || !schedules.claim(schedule.id(), period)) {
                continue;
            }
            try {
                generated.add(generate(ReportRequest.briefing(schedule.document(), today, ReportFormat.PDF), SCHEDULE,
                        schedule.id(), period));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled briefing " + schedule.id() + " for " + period + " failed; it will be tried again", e);
                schedules.release(schedule.id(), period, schedule.lastPeriod());
            }
        }
        return generated;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
