package vn.chidao.app.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.organization.Installation;
import vn.chidao.organization.ProvinceProfile;

/** Who this installation is, for pages (the sign-in page among them): as its administrator set it, at this request. */
@Named
@RequestScoped
public class Identity {

    @Inject
    Installation installation;

    private ProvinceProfile profile;

    public ProvinceProfile getProfile() {
        if (profile == null) {
            profile = installation.profile();
        }
        return profile;
    }
}
