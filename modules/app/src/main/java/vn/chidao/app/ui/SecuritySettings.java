package vn.chidao.app.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Installation;
import vn.chidao.organization.SecondFactorPolicy;
import vn.chidao.organization.SecurityPolicy;

/** The sign-in security settings on the settings page: who needs a second factor, session lifetime, audit retention. */
@Named("securitySettings")
@ViewScoped
public class SecuritySettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Installation installation;

    @Inject
    Viewer viewer;

    private SecondFactorPolicy secondFactor;
    private Integer sessionMaxHours;
    private Integer auditRetentionDays;

    private void load() {
        SecurityPolicy policy = installation.securityPolicy();
        secondFactor = policy.secondFactor();
        sessionMaxHours = policy.sessionMaxHours();
        auditRetentionDays = policy.auditRetentionDays();
    }

    public SecondFactorPolicy[] getPolicies() {
        return SecondFactorPolicy.values();
    }

    public String save() {
        try {
            installation.changeSecurityPolicy(secondFactor, sessionMaxHours, auditRetentionDays, viewer.caller());
            Feedback.done("settings.security.saved");
            return "settings?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public SecondFactorPolicy getSecondFactor() {
        if (secondFactor == null) {
            load();
        }
        return secondFactor;
    }

    public void setSecondFactor(SecondFactorPolicy secondFactor) {
        this.secondFactor = secondFactor;
    }

    public Integer getSessionMaxHours() {
        if (sessionMaxHours == null) {
            load();
        }
        return sessionMaxHours;
    }

    public void setSessionMaxHours(Integer sessionMaxHours) {
        this.sessionMaxHours = sessionMaxHours;
    }

    public Integer getAuditRetentionDays() {
        if (auditRetentionDays == null) {
            load();
        }
        return auditRetentionDays;
    }

    public void setAuditRetentionDays(Integer auditRetentionDays) {
        this.auditRetentionDays = auditRetentionDays;
    }
}
