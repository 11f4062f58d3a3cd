package vn.chidao.app.ui;

import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;

/** What a page says after an action: the rule a request broke, in the page's language, or that it worked. */
final class Feedback {

    private Feedback() {
    }

    static void problems(RuleViolation violation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (RuleViolation.Problem problem : violation.problems()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, problem.messageKey(), problem.arguments().toArray()), null));
        }
        faces.validationFailed();
    }

    static void done(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        // a full-page action is followed by a redirect (post-redirect-get): the message survives it;
        // after an AJAX action the page is updated in place and the message must not come back later
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }

    static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    /** A text of the page bundle (i18n/ui) in the page's language. */
    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "t").getString(key);
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale())
                .format(arguments);
    }
}
