package vn.chidao.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
        if (file == null || file.getSize() == 0) {
            Feedback.error("import.fileRequired");
            return;
        }
        if (file.getSize() > LogoFile.MAX_BYTES) {
            Feedback.error("setup.logoTooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            installation.changeLogo(in.readAllBytes(), viewer.caller());
            Feedback.done("settings.logo.saved");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
