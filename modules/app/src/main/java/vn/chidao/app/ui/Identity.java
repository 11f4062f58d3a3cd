package vn.chidao.app.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.organization.FirstAdministrator;
import vn.chidao.organization.Installation;
import vn.chidao.organization.ProvinceProfile;

/** Who this installation is, for pages (the sign-in page among them): as its administrator set it, at this request. */
@Named
@RequestScoped
public class Identity {

    @Inject
    Installation installation;

    @Inject
    FirstAdministrator firstAdministrator;

    private ProvinceProfile profile;

    public ProvinceProfile getProfile() {
        if (profile == null) {
            profile = installation.profile();
        }
        return profile;
    }

    /** The logo's fingerprint (the sign-in page asks for the picture again when it changes); null when there is none. */
    public String getLogoVersion() {
        return installation.logoVersion();
    }

    /** No administrator yet: the sign-in page offers the first set-up. */
    public boolean isSetupOpen() {
        return firstAdministrator.available();
    }
}
