package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.Money;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.tasks.Funding;
import vn.chidao.tasks.FundingBreakdown;
import vn.chidao.tasks.FundingLineView;
import vn.chidao.tasks.FundingSourceView;
import vn.chidao.tasks.FundingSummary;

/**
 * "Kinh phí": the money behind the plans by source, document, pillar and lead unit — planned, disbursed, rate — for one
 * document or all; a unit's people see their own tasks' money. The secretariat enters a document's envelope and keeps
 * the list of sources.
 */
@Named("fundingPage")
@ViewScoped
public class FundingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Funding funding;

    @Inject
    Planning planning;

    @Inject
    Viewer viewer;

    private Long document;
    private Map<FundingBreakdown, FundingSummary> summaries;
    private List<FundingLineView> envelope;
    private Long envelopeDocument;
    private final FundingLineForm line = new FundingLineForm();
    private String newCode;
    private String newName;

    public Map<FundingBreakdown, FundingSummary> getSummaries() {
        if (summaries == null) {
            summaries = new EnumMap<>(FundingBreakdown.class);
            DocumentId id = document == null ? null : new DocumentId(document);
            for (FundingBreakdown by : FundingBreakdown.values()) {
                summaries.put(by, funding.summary(by, id, null, viewer.caller(), FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            }
        }
        return summaries;
    }

    public FundingBreakdown[] getBreakdowns() {
        return FundingBreakdown.values();
    }

    public List<DocumentView> getDocuments() {
        return planning.documents();
    }

    public List<FundingSourceView> getSources() {
        return funding.sources();
    }

    public List<FundingSourceView> getActiveSources() {
        return funding.sources().stream().filter(FundingSourceView::active).toList();
    }

    /** The chosen document's envelope lines (every document's when none is chosen is too long: none then). */
    public List<FundingLineView> getEnvelope() {
        if (envelope == null) {
            envelope = document == null ? List.of() : funding.envelope(new DocumentId(document));
        }
        return envelope;
    }

    public void filter() {
        summaries = null;
        envelope = null;
    }

    public String words(Long dong) {
        return dong == null ? "" : dong == 0 ? "—" : Money.words(dong);
    }

    public String exact(Long dong) {
        return dong == null ? "" : Money.exact(dong);
    }

    public boolean isSecretariat() {
        return viewer.isSecretariat();
    }

    /** The secretariat enters a line of a document's envelope. */
    public String addEnvelope() {
        try {
            funding.plan(line.line(getEnvelopeDocument(), null), viewer.caller());
            Feedback.done("funding.line.saved");
            return "funding?faces-redirect=true" + (envelopeDocument == null ? "" : "&document=" + envelopeDocument);
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public String addSource() {
        try {
            funding.addSource(newCode, newName, viewer.caller());
            Feedback.done("funding.source.saved");
            return "funding?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    /** Retires a source, or brings a retired one back. */
    public String toggle(FundingSourceView s) {
        try {
            funding.changeSource(s.id(), s.name(), s.position(), !s.active(), s.version(), viewer.caller());
            Feedback.done("funding.source.saved");
            return "funding?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public Long getEnvelopeDocument() {
        return envelopeDocument == null ? document : envelopeDocument;
    }

    public void setEnvelopeDocument(Long envelopeDocument) {
        this.envelopeDocument = envelopeDocument;
    }

    public FundingLineForm getLine() {
        return line;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
