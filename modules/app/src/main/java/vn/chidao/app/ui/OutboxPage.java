package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.notification.Notifications;
import vn.chidao.notification.OutboxItem;
import vn.chidao.kernel.RuleViolation;

/** The secretariat follows the e-mail outbox: what waits, what failed and why, and sends a failed one again. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Viewer viewer;

    private OutboxItem.State state;
    private List<OutboxItem> items;

    public List<OutboxItem> getItems() {
        if (items == null) {
            items = notifications.outbox(viewer.caller(), state, null, 0, 200);
        }
        return items;
    }

    public OutboxItem.State[] getStates() {
        return OutboxItem.State.values();
    }

    public void filter() {
        items = null;
    }

    public void resend(OutboxItem item) {
        try {
            notifications.resend(viewer.caller(), item.id());
            Feedback.done("outbox.resent", item.recipient());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        items = null;
    }

    public OutboxItem.State getState() {
        return state;
    }

    public void setState(OutboxItem.State state) {
        this.state = state;
    }

    /**
     * What went wrong with a message, in the page's language: the mail server's own (English) error stays below it for
     * the IT department.
     */
    public String explain(String error) {
        String e = error == null ? "" : error.toLowerCase(java.util.Locale.ROOT);
        String key = e.contains("couldn't connect") || e.contains("connection refused") || e.contains("unknownhost")
                || e.contains("unknown host") ? "outbox.error.connect"
                : e.contains("timeout") || e.contains("timed out") ? "outbox.error.timeout"
                : e.contains("authentication") || e.contains("535") || e.contains("auth") ? "outbox.error.auth"
                : e.contains("invalid address") || e.contains("550") || e.contains("553") || e.contains("recipient")
                        ? "outbox.error.recipient"
                : e.contains("552") || e.contains("size") || e.contains("too large") ? "outbox.error.size"
                : e.contains("ssl") || e.contains("tls") || e.contains("certificate") ? "outbox.error.tls"
                : "outbox.error.other";
        return Feedback.text(key);
    }
}
