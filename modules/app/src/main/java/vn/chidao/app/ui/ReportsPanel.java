package vn.chidao.app.ui;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.reporting.ArchivedReport;
import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportKind;
import vn.chidao.reporting.ReportRequest;
import vn.chidao.reporting.Reports;
import vn.chidao.reporting.ReportsBusy;

/**
 * The reports page: the committee and the secretariat download a briefing (for a document
 * or for all), a unit's people their unit's scorecard; each is archived, and the latest are listed.
 */
@Named
@RequestScoped
public class ReportsPanel {

    @Inject
    Reports reports;

    @Inject
    Viewer viewer;

    private Long document;
    private ReportFormat format = ReportFormat.PDF;
    private List<ArchivedReport> recent;

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
    }

    public ReportFormat[] getFormats() {
        return ReportFormat.values();
    }

    public List<DocumentView> getDocuments() {
        return viewer.getDocuments();
    }

    public boolean isCommittee() {
        return viewer.isProvince();
    }

    public boolean isUnit() {
        return viewer.isUnitUser();
    }

    public List<ArchivedReport> getRecent() {
        if (recent == null) {
            recent = reports.archive(null, viewer.caller(), 0, 10);
        }
        return recent;
    }

    /** The secretariat signs an unsigned PDF of the archive that has no signed copy yet. */
    public boolean mayBeSigned(ArchivedReport report) {
        return viewer.isSecretariat() && report.format() == ReportFormat.PDF && report.signedFrom() == null
                && getRecent().stream().noneMatch(r -> report.id().equals(r.signedFrom()));
    }

    /** The signer as people name it: the certificate's common name, not its whole distinguished name. */
    public String signerName(ArchivedReport report) {
        if (report.signer() == null) {
            return "";
        }
        try {
            return new javax.naming.ldap.LdapName(report.signer()).getRdns().stream().filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .map(r -> r.getValue().toString()).findFirst().orElse(report.signer());
        } catch (javax.naming.InvalidNameException unreadable) {
            return report.signer();
        }
    }

    public void sign(ArchivedReport report) {
        try {
            ArchivedReport signed = reports.sign(report.id(), viewer.caller());
            recent = null;
            Feedback.done("reports.signed", signerName(signed));
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void briefing() {
        download(ReportRequest.briefing(document == null ? null : new DocumentId(document), asOf, format));
    }

    /** The scorecard of the viewer's unit, or — secretariat and committee — of the unit chosen. */
    public void scorecard() {
        UnitId unit = viewer.isProvince() ? (scorecardUnit == null ? null : new UnitId(scorecardUnit)) : viewer.caller().unit();
        if (unit == null) {
            Feedback.error("reports.unit.required");
            return;
        }
        download(new ReportRequest(ReportKind.SCORECARD, format, null, unit, null, asOf, null));
    }

    private LocalDate asOf;
    private Long scorecardUnit;

    /** The day the figures are as of; today when empty. */
    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Long getScorecardUnit() {
        return scorecardUnit;
    }

    public void setScorecardUnit(Long scorecardUnit) {
        this.scorecardUnit = scorecardUnit;
    }

    private void download(ReportRequest request) {
        download(reports, viewer, request);
    }

    /** Generates, archives and sends a report to the browser; a refusal or a busy server is said on the page. */
    static void download(Reports reports, Viewer viewer, ReportRequest request) {
        try {
            ArchivedReport report = reports.generate(request, viewer.caller());
            Downloads.send(report.format().mediaType(), report.fileName(),
                    reports.download(report.id(), viewer.caller()).orElseThrow().content());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        } catch (ReportsBusy busy) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(faces.getViewRoot().getLocale(), "report.busy", busy.retryAfterSeconds()), null));
        }
    }
}
