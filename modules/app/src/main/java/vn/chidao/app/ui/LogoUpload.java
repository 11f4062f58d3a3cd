package vn.chidao.app.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Installation;
import vn.chidao.organization.LogoFile;

/** The settings page's emblem form: the administrator sets or removes the picture shown on the sign-in page. */
@Named
@RequestScoped
public class LogoUpload {

    @Inject
    Installation installation;

    @Inject
    Viewer viewer;

    private UploadedFile file;

    public void save() {
        byte[] picture = Uploaded.read(file, LogoFile.MAX_BYTES, "setup.logoTooLarge");
        if (picture == null) {
            return;
        }
        try {
            installation.changeLogo(picture, viewer.caller());
            Feedback.done("settings.logo.saved");
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void remove() {
        try {
            installation.removeLogo(viewer.caller());
            Feedback.done("settings.logo.removed");
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
