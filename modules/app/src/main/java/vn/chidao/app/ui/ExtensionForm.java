package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;

/** The lead unit's request for a later deadline on the task page. */
public class ExtensionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String reason;

    boolean complete() {
        return date != null && reason != null && !reason.isBlank();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
