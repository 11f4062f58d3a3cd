package vn.chidao.app.ui;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.SavedFilter;
import vn.chidao.tasks.SavedFilters;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskExport;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;

/**
 * The task list: filters by document, pillar, lead unit, status class and deadline range, kept in
 * the address (so a filter is bookmarked or shared by its link) and, named, among the person's own
 * saved filters; a page of 25 at a time from the database, and the same list as an Excel file.
 */
@Named
@ViewScoped
public class TaskList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskQueries queries;

    @Inject
    TaskExport taskExport;

    @Inject
    Viewer viewer;

    @Inject
    SavedFilters savedFilters;

    private String filterName;
    private List<SavedFilter> saved;

    private Long document;
    private Pillar pillar;
    private Long unit;
    private StatusClass status;
    private RiskClass risk;
    private String q;
    private LocalDate dueFrom;
    private LocalDate dueTo;

    private final LazyDataModel<TaskView> tasks = new Tasks();

    public LazyDataModel<TaskView> getTasks() {
        return tasks;
    }

    public Pillar[] getPillars() {
        return Pillar.values();
    }

    public StatusClass[] getStatuses() {
        return StatusClass.values();
    }

    /** The early-warning classes worth filtering by (not "none"). */
    public RiskClass[] getRisks() {
        return new RiskClass[] {RiskClass.AT_RISK, RiskClass.OFF_TRACK, RiskClass.ON_TRACK};
    }

    public RiskClass getRisk() {
        return risk;
    }

    public void setRisk(RiskClass risk) {
        this.risk = risk;
    }

    /** The words searched for ("so hoa ho so"), kept in the address. */
    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** Applies the filters by opening the list's own address with them: the page can be bookmarked as it is. */
    public String apply() {
        return "tasks?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "tasks?faces-redirect=true";
    }

    /** The person's own named filters, each a link to the list with it. */
    public List<SavedFilter> getSaved() {
        if (saved == null) {
            saved = savedFilters.of(viewer.caller());
        }
        return saved;
    }

    /** Keeps the filters now on the page under a name (the same name replaces the older one). */
    public void saveFilter() {
        try {
            savedFilters.save(viewer.caller(), filterName, query());
            Feedback.done("filter.saved", filterName.strip());
            filterName = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        saved = null;
    }

    public void deleteFilter(SavedFilter filter) {
        try {
            savedFilters.delete(viewer.caller(), filter.id());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        saved = null;
    }

    /** The filters as the list page's query string. */
    String query() {
        StringJoiner query = new StringJoiner("&");
        add(query, "document", document);
        add(query, "pillar", pillar);
        add(query, "unit", unit);
        add(query, "status", status);
        add(query, "risk", risk);
        add(query, "q", q);
        add(query, "dueFrom", dueFrom);
        add(query, "dueTo", dueTo);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public void export() {
        Downloads.send("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "nhiem-vu.xlsx",
                taskExport.export(filter(), viewer.caller(), FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    TaskFilter filter() {
        return new TaskFilter(unit == null ? null : new UnitId(unit), document == null ? null : new DocumentId(document),
                pillar, status, dueFrom, dueTo).risk(risk).search(q);
    }

    private final class Tasks extends LazyDataModel<TaskView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter(), viewer.caller());
        }

        @Override
        public List<TaskView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return queries.list(filter(), viewer.caller(), first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == org.primefaces.model.SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(TaskView task) {
            return String.valueOf(task.id().value());
        }

        @Override
        public TaskView getRowData(String rowKey) {
            return null;
        }
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public void setPillar(Pillar pillar) {
        this.pillar = pillar;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public StatusClass getStatus() {
        return status;
    }

    public void setStatus(StatusClass status) {
        this.status = status;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }
}
