package vn.chidao.app.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitImport;

/**
 * The units page's sheet import: the secretariat or an administrator checks a units sheet (nothing written) and sees what
 * each row will do; an administrator then writes it, all rows or none.
 */
@Named
@ViewScoped
public class UnitSheetUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitImport unitImport;

    @Inject
    Viewer viewer;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private UnitImport.Report report;

    public void check() {
        report = null;
        content = Uploaded.read(file, UnitImport.MAX_BYTES, "import.tooLarge", UnitImport.MAX_BYTES / (1024 * 1024));
        if (content == null) {
            return;
        }
        fileName = file.getFileName();
        run(true);
    }

    public void commit() {
        if (!isAdministrator()) {
            Feedback.error("units.adminOnly");
            return;
        }
        if (content == null || report == null || !report.problems().isEmpty()) {
            Feedback.error("import.checkFirst");
            return;
        }
        run(false);
        if (report != null && report.committed()) {
            Feedback.done("units.import.committed", report.units().size());
            content = null;
        }
    }

    public void restart() {
        report = null;
        content = null;
        fileName = null;
    }

    private void run(boolean dryRun) {
        try {
            report = unitImport.importUnits(new ByteArrayInputStream(content), dryRun,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (RuleViolation violation) {
            report = null;
            Feedback.problems(violation);
        }
    }

    public boolean isAdministrator() {
        return viewer.getMe().has(Role.ADMIN);
    }

    public UnitImport.Report getReport() {
        return report;
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
