package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Installation;
import vn.chidao.organization.ProvinceProfile;
import vn.chidao.organization.Role;

/**
 * The installation's identity on its documents — province, issuing body, place, symbol, recipients, signer — shown
 * to the secretariat and changed by the administrator; the next document, page and message use it, no restart.
 */
@Named("settings")
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Installation installation;

    @Inject
    Viewer viewer;

    private ProvinceProfile profile;
    private String recipients;
    private String signerTitle;

    public ProvinceProfile getProfile() {
        if (profile == null) {
            load();
        }
        return profile;
    }

    private void load() {
        profile = installation.profile();
        recipients = String.join("\n", profile.recipients());
        signerTitle = String.join("\n", profile.signerTitle());
        form = new Form(profile);
    }

    public boolean isMayChange() {
        return viewer.caller().roles().contains(Role.ADMIN);
    }

    public String save() {
        getProfile();
        try {
            installation.change(new ProvinceProfile(form.provinceName, form.parentBody, form.issuer, form.committeeName, form.place,
                    form.symbol, lines(recipients), lines(signerTitle), form.signerName, form.defaultIssuingBody, profile.version()),
                    viewer.caller());
            Feedback.done("settings.saved");
            return "settings?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            if (violation.kind() == RuleViolation.Kind.CONFLICT) {
                load();
            }
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private Form form;

    public Form getForm() {
        getProfile();
        return form;
    }

    public String getRecipients() {
        getProfile();
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getSignerTitle() {
        getProfile();
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    /** The single-line fields as typed. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String provinceName;
        private String parentBody;
        private String issuer;
        private String committeeName;
        private String place;
        private String symbol;
        private String signerName;
        private String defaultIssuingBody;

        Form(ProvinceProfile p) {
            provinceName = p.provinceName();
            parentBody = p.parentBody();
            issuer = p.issuer();
            committeeName = p.committeeName();
            place = p.place();
            symbol = p.symbol();
            signerName = p.signerName();
            defaultIssuingBody = p.defaultIssuingBody();
        }

        public String getProvinceName() {
            return provinceName;
        }

        public void setProvinceName(String provinceName) {
            this.provinceName = provinceName;
        }

        public String getParentBody() {
            return parentBody;
        }

        public void setParentBody(String parentBody) {
            this.parentBody = parentBody;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getCommitteeName() {
            return committeeName;
        }

        public void setCommitteeName(String committeeName) {
            this.committeeName = committeeName;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getSymbol() {
            return symbol;
        }

        public void setSymbol(String symbol) {
            this.symbol = symbol;
        }

        public String getSignerName() {
            return signerName;
        }

        public void setSignerName(String signerName) {
            this.signerName = signerName;
        }

        public String getDefaultIssuingBody() {
            return defaultIssuingBody;
        }

        public void setDefaultIssuingBody(String defaultIssuingBody) {
            this.defaultIssuingBody = defaultIssuingBody;
        }
    }
}
