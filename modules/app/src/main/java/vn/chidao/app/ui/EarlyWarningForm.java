package vn.chidao.app.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.EarlyWarning;
import vn.chidao.tasks.EarlyWarningSettings;

/** The early-warning settings on the settings page: when a task's progress is judged, its margin, unreported periods. */
@Named("earlyWarningForm")
@ViewScoped
public class EarlyWarningForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EarlyWarning earlyWarning;

    @Inject
    Viewer viewer;

    private EarlyWarningSettings settings;
    private Integer from;
    private Integer margin;
    private Integer missedPeriods;

    private EarlyWarningSettings settings() {
        if (settings == null) {
            settings = earlyWarning.settings();
            from = settings.from();
            margin = settings.margin();
            missedPeriods = settings.missedPeriods();
        }
        return settings;
    }

    public boolean isMayChange() {
        return viewer.caller().secretariat();
    }

    public String save() {
        try {
            earlyWarning.change(new EarlyWarningSettings(from, margin, missedPeriods, settings().version(), null, null), viewer.caller());
            Feedback.done("settings.earlyWarning.saved");
            return "settings?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            if (violation.kind() == RuleViolation.Kind.CONFLICT) {
                settings = null;
            }
            return null;
        }
    }

    public Integer getFrom() {
        settings();
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getMargin() {
        settings();
        return margin;
    }

    public void setMargin(Integer margin) {
        this.margin = margin;
    }

    public Integer getMissedPeriods() {
        settings();
        return missedPeriods;
    }

    public void setMissedPeriods(Integer missedPeriods) {
        this.missedPeriods = missedPeriods;
    }
}
