package vn.chidao.app.ui;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.FirstAdministrator;
import vn.chidao.organization.LogoFile;

/**
 * A new installation's first page: with the one-time token from the server log, the first administrator creates their
 * account and names the province (the documents' headings, place and committee follow from its name), optionally
 * with the committee's name, the signer and a logo — one step, all of it or nothing. Closed once an administrator exists.
 */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    FirstAdministrator firstAdministrator;

    private String token;
    private String email;
    private String fullName;
    private String password;
    private String passwordAgain;
    private String provinceName;
    private String committeeName;
    private String signerName;
    private UploadedFile logo;

    public boolean isOpen() {
        return firstAdministrator.available();
    }

    public void setUp() throws IOException {
        if (password == null || !password.equals(passwordAgain)) {
            Feedback.error("setup.passwordsDiffer");
            return;
        }
        if (provinceName == null || provinceName.isBlank()) {
            Feedback.error("setup.provinceRequired");
            return;
        }
        byte[] picture = null;
        if (logo != null && logo.getSize() > 0) {
            picture = Uploaded.read(logo, LogoFile.MAX_BYTES, "setup.logoTooLarge");
            if (picture == null) {
                return;
            }
        }
        try {
            firstAdministrator.setUp(token == null ? null : token.strip(), email, fullName, password,
                    new FirstAdministrator.FirstIdentity(provinceName, committeeName, signerName, picture));
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + "/login.xhtml?setup=done");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public void setProvinceName(String provinceName) {
        this.provinceName = provinceName;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }
}
