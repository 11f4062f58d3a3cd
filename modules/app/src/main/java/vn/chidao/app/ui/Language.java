package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import vn.chidao.organization.Messages;

/** The page language: Vietnamese unless the person picks English (?lang=en) or the browser asks for it. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null) {
            chosen = Messages.supported(Locale.forLanguageTag(requested));
        }
        if (chosen != null) {
            return chosen;
        }
        return Messages.fromAcceptLanguage(faces.getExternalContext().getRequestHeaderMap().get("Accept-Language"));
    }

    public String getTag() {
        return getLocale().getLanguage();
    }
}
