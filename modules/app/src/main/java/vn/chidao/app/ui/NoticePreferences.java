package vn.chidao.app.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.notification.Notifications;

/** On the account page: whether reminders come one by one or gathered in a weekly digest (until now an API only). */
@Named("noticePreferences")
@ViewScoped
public class NoticePreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Viewer viewer;

    private Boolean digest;

    public boolean isDigest() {
        if (digest == null) {
            digest = notifications.digest(viewer.getMe().id());
        }
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    public String save() {
        notifications.chooseDigest(viewer.getMe().id(), isDigest());
        Feedback.done(isDigest() ? "account.notices.savedDigest" : "account.notices.savedSingle");
        return "account?faces-redirect=true";
    }
}
