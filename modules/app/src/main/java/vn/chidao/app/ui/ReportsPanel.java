package vn.chidao.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import vn.chidao.organization.Messages;
import vn.chidao.organization.Organization;
import vn.chidao.organization.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.reporting.ArchivedReport;
import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportKind;
import vn.chidao.reporting.ReportRequest;
import vn.chidao.reporting.Reports;
import vn.chidao.reporting.ReportsBusy;
import vn.chidao.tasks.Caller;

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
    Planning planning;

    @Inject
    Organization organization;

    @Inject
    SecurityContext security;

    @Inject
    Language language;

    private Long document;
    private ReportFormat format = ReportFormat.PDF;
    private Caller caller;

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
        return planning.documents();
    }

    public boolean isCommittee() {
        return caller().readsEverything();
    }

    public boolean isUnit() {
        return caller().unitUser();
    }

    public List<ArchivedReport> getRecent() {
        return reports.archive(null, caller(), 0, 10);
    }

    public void briefing() {
        download(ReportRequest.briefing(document == null ? null : new DocumentId(document), null, format));
    }

    public void scorecard() {
        download(new ReportRequest(ReportKind.SCORECARD, format, null, caller().unit(), null, null));
    }

    private void download(ReportRequest request) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ArchivedReport report = reports.generate(request, caller());
            byte[] content = reports.download(report.id(), caller()).orElseThrow().content();
            ExternalContext response = faces.getExternalContext();
            response.responseReset();
            response.setResponseContentType(report.format().mediaType());
            response.setResponseContentLength(content.length);
            response.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(report.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            // tells PrimeFaces.monitorDownload on the page that the file has arrived (it hides "generating…")
            String viewId = faces.getViewRoot().getViewId();
            response.addResponseCookie("primefaces.download" + viewId.substring(0, viewId.lastIndexOf('.')).replace('/', '_'),
                    "true", java.util.Map.of("path", response.getRequestContextPath().isEmpty() ? "/" : response.getRequestContextPath()));
            response.getResponseOutputStream().write(content);
            faces.responseComplete();
        } catch (RuleViolation violation) {
            RuleViolation.Problem first = violation.problems().get(0);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), first.messageKey(), first.arguments().toArray()), null));
        } catch (ReportsBusy busy) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(language.getLocale(), "report.busy", busy.retryAfterSeconds()), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Caller caller() {
        if (caller == null) {
            caller = Caller.of(organization.personByEmail(security.getCallerPrincipal().getName()).orElseThrow());
        }
        return caller;
    }
}
