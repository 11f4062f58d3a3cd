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
}
