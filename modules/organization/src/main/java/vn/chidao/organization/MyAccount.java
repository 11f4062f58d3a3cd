package vn.chidao.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.organization.security.Accounts;

/** What a signed-in person does to their own account from the pages: the password, and ending every session. */
@ApplicationScoped
public class MyAccount {

    @Inject
    Accounts accounts;

    /** After the current password (throttled like signing in); every session of the account ends, this one too. */
    public void changePassword(Caller caller, String current, String replacement, String clientAddress) {
        accounts.changeOwnPassword(caller.email(), current == null ? "" : current, replacement, clientAddress);
    }

    /** Every session and API token of the account ends, on every server. */
    public void signOutEverywhere(Caller caller, String clientAddress) {
        accounts.signOutEverywhere(caller.email(), clientAddress);
    }
}
