package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.organization.AuditLog;

/** The security audit log for administrators: the latest entries, by person and kind, and the chain checked. */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss (xxx)");

    @Inject
    AuditLog audit;

    @Inject
    Viewer viewer;

    private String who;
    private AuditLog.Action action;
    private List<AuditLog.Entry> entries;
    private AuditLog.Verification verification;

    public List<AuditLog.Entry> getEntries() {
        if (entries == null) {
            entries = audit.search(viewer.caller(), who, action, 200);
        }
        return entries;
    }

    /** When, as a person reads it, with the offset the entry was written at. */
    public String at(AuditLog.Entry entry) {
        return AT.format(entry.at());
    }

    public void search() {
        entries = null;
    }

    public void verify() {
        verification = audit.verify(viewer.caller());
    }

    public AuditLog.Action[] getActions() {
        return AuditLog.Action.values();
    }

    public AuditLog.Verification getVerification() {
        return verification;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public AuditLog.Action getAction() {
        return action;
    }

    public void setAction(AuditLog.Action action) {
        this.action = action;
    }
}
