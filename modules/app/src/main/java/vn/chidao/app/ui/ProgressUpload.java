package vn.chidao.app.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.ProgressImport;

/**
 * The reports page's spreadsheet report for a unit's people: the unit's template to download, the filled file checked
 * (every row's problems, nothing written), then sent — every row becomes a progress report, or none does.
 */
@Named
@ViewScoped
public class ProgressUpload implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    ProgressImport progressImport;

    @Inject
    Viewer viewer;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private ProgressImport.Result result;

    public void check() {
        result = null;
        content = Uploaded.read(file, MAX_BYTES, "import.tooLarge", MAX_BYTES / (1024 * 1024));
        if (content == null) {
            return;
        }
        fileName = file.getFileName();
        run(true);
    }

    public void send() {
        if (content == null || result == null || !result.errors().isEmpty()) {
            Feedback.error("import.checkFirst");
            return;
        }
        run(false);
        if (result != null && result.committed()) {
            Feedback.done("progressUpload.sent", result.reports().size());
            content = null;
        }
    }

    public void restart() {
        result = null;
        content = null;
        fileName = null;
    }

    private void run(boolean dryRun) {
        try {
            result = progressImport.importReport(new ByteArrayInputStream(content), dryRun, viewer.caller(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (RuleViolation violation) {
            result = null;
            Feedback.problems(violation);
        }
    }

    public ProgressImport.Result getResult() {
        return result;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }
}
