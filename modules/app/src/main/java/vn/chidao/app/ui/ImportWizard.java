package vn.chidao.app.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.TargetImport;
import vn.chidao.tasks.AppendixImport;
import vn.chidao.tasks.ImportReport;

/**
 * The Excel import in three steps: upload a plan's appendix of tasks or of targets, see what it would create
 * and every problem row by row (nothing written), then commit it — all or nothing.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppendixImport appendixImport;

    @Inject
    TargetImport targetImport;

    @Inject
    Viewer viewer;

    private Long document;
    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private LocalDate owingFrom;
    private ImportReport report;
    private boolean targets;
    private TargetImport.Report targetReport;

    /** Step 2: reads the file and reports what an import would do, writing nothing. */
    public void check() {
        report = null;
        targetReport = null;
        if (document == null) {
            Feedback.error("import.documentRequired");
            return;
        }
        content = Uploaded.read(file, AppendixImport.MAX_BYTES, "import.tooLarge", AppendixImport.MAX_BYTES / (1024 * 1024));
        if (content == null) {
            return;
        }
        fileName = file.getFileName();
        run(true);
    }

    /** Step 3: the same file, for real; the rows are written together or not at all. */
    public void commit() {
        boolean checked = targets ? targetReport != null && targetReport.problems().isEmpty() : report != null && report.errors().isEmpty();
        if (content == null || !checked) {
            Feedback.error("import.checkFirst");
            return;
        }
        run(false);
        if (report != null && report.committed()) {
            Feedback.done("import.committed", report.tasks().size());
            content = null;
        }
        if (targetReport != null && targetReport.committed()) {
            Feedback.done("import.targetsCommitted", targetReport.targets().size());
            content = null;
        }
    }

    public void restart() {
        report = null;
        targetReport = null;
        content = null;
        fileName = null;
    }

    private void run(boolean dryRun) {
        java.util.Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            if (targets) {
                targetReport = targetImport.importTargets(new DocumentId(document), new ByteArrayInputStream(content), dryRun, language);
            } else {
                report = appendixImport.importAppendix(new DocumentId(document), new ByteArrayInputStream(content), dryRun,
                        viewer.caller(), language, owingFrom);
            }
        } catch (RuleViolation violation) {
            report = null;
            targetReport = null;
            Feedback.problems(violation);
        }
    }

    public TargetImport.Report getTargetReport() {
        return targetReport;
    }

    public boolean isTargets() {
        return targets;
    }

    public void setTargets(boolean targets) {
        this.targets = targets;
    }

    public ImportReport getReport() {
        return report;
    }

    public LocalDate getOwingFrom() {
        return owingFrom;
    }

    public void setOwingFrom(LocalDate owingFrom) {
        this.owingFrom = owingFrom;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** Whether the appendix plans funding on any row (the preview then shows it). */
    public boolean isWithFunding() {
        return getReport() != null && getReport().tasks().stream().anyMatch(r -> r.funding() != null);
    }
}
