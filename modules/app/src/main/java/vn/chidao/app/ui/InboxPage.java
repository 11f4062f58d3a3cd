package vn.chidao.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.notification.InboxItem;
import vn.chidao.notification.Notifications;
import vn.chidao.kernel.RuleViolation;

/**
 * The viewer's notices: the latest fifty, unread ones marked; opening one marks it read and goes to
 * its task or report. Opening is a GET action, so the page is a protected view (it needs the token
 * only links on our own pages carry).
 */
@Named
@RequestScoped
public class InboxPage {

    @Inject
    Notifications notifications;

    @Inject
    Viewer viewer;

    private Long notice;
    private List<InboxItem> items;

    public List<InboxItem> getItems() {
        if (items == null) {
            items = notifications.inbox(viewer.getMe().id(), false, 0, 50);
        }
        return items;
    }

    public long getUnread() {
        return notifications.unread(viewer.getMe().id());
    }

    public String markAllRead() {
        notifications.markRead(viewer.getMe().id(), null);
        Feedback.done("inbox.allRead");
        return "/inbox?faces-redirect=true";
    }

    /** open.xhtml?notice=…: marks the notice read (the viewer's own only) and goes where it points. */
    public void open() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String target = context.getRequestContextPath() + "/inbox.xhtml";
        if (notice != null) {
            try {
                InboxItem item = notifications.open(viewer.getMe().id(), notice);
                if (item.task() != null) {
                    target = context.getRequestContextPath() + "/task.xhtml?id=" + item.task().value();
                } else if (item.report() != null) {
                    target = context.getRequestContextPath() + "/api/reports/" + item.report().value() + "/content";
                }
            } catch (RuleViolation notMine) {
                // another person's notice, or none: the viewer's own inbox
            }
        }
        try {
            context.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Long getNotice() {
        return notice;
    }

    public void setNotice(Long notice) {
        this.notice = notice;
    }
}
