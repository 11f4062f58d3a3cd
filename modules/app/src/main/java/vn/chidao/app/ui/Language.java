package vn.chidao.app.ui;

import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;

/**
 * The page language: what the person picked on a page (?lang=en), else the language of their
 * account, else what the browser asks for — Vietnamese when in doubt.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organization organization;

    private Locale chosen;
    private Locale account;
    private String accountOf;

    public Locale getLocale() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String requested = context.getRequestParameterMap().get("lang");
        if (requested != null) {
            chosen = Messages.supported(Locale.forLanguageTag(requested));
        }
        if (chosen != null) {
            return chosen;
        }
        Principal principal = context.getUserPrincipal();
        if (principal != null) {
            if (!principal.getName().equals(accountOf)) {
                accountOf = principal.getName();
                account = organization.personByEmail(accountOf).map(PersonView::locale).map(Messages::supported).orElse(null);
            }
            if (account != null) {
                return account;
            }
        }
        return Messages.fromAcceptLanguage(context.getRequestHeaderMap().get("Accept-Language"));
    }

    public String getTag() {
        return getLocale().getLanguage();
    }
}
