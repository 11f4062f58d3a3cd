package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.ApiTokens;
import vn.chidao.organization.MyAccount;
import vn.chidao.organization.SecondFactors;

/**
 * One's own account: two-step verification (scan the QR code, confirm a code, keep the recovery codes; switch off with
 * password and code), personal API tokens for programs, the password, and signing out everywhere.
 */
@Named("account")
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors;

    @Inject
    ApiTokens tokens;

    @Inject
    MyAccount myAccount;

    @Inject
    Viewer viewer;

    private SecondFactors.Enrolment enrolment;
    private List<String> recoveryCodes;
    private String code;
    private String password;
    private String newPassword;
    private String tokenName;
    private ApiTokens.Scope tokenScope = ApiTokens.Scope.READ;
    private Integer tokenDays = 90;
    private String createdToken;

    public SecondFactors.Status getStatus() {
        return secondFactors.status(viewer.caller().email());
    }

    public List<ApiTokens.TokenView> getTokens() {
        return tokens.mine(viewer.caller());
    }

    public ApiTokens.Scope[] getScopes() {
        return ApiTokens.Scope.values();
    }

    public void start() {
        attempt(() -> enrolment = secondFactors.start(viewer.caller()));
    }

    public void confirm() {
        attempt(() -> {
            recoveryCodes = secondFactors.confirm(viewer.caller(), code, address());
            enrolment = null;
            Feedback.done("account.secondFactor.on");
        });
    }

    public void renew() {
        attempt(() -> {
            recoveryCodes = secondFactors.renewRecoveryCodes(viewer.caller(), code, address());
            Feedback.done("account.recovery.renewed");
        });
    }

    public void disable() {
        attempt(() -> {
            secondFactors.disable(viewer.caller(), password, code, address());
            recoveryCodes = null;
            Feedback.done("account.secondFactor.off");
        });
    }

    public void createToken() {
        attempt(() -> {
            createdToken = tokens.create(viewer.caller(), tokenName, tokenScope, tokenDays, address()).token();
            tokenName = null;
        });
    }

    public void revoke(long id) {
        attempt(() -> {
            tokens.revoke(viewer.caller(), id, address());
            Feedback.done("account.token.revoked");
        });
    }

    /** The password changed, every session ends, this one too: to the sign-in page. */
    public String changePassword() {
        try {
            myAccount.changePassword(viewer.caller(), password, newPassword, address());
            return "/login.xhtml?faces-redirect=true&password=changed";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public String signOutEverywhere() {
        myAccount.signOutEverywhere(viewer.caller(), address());
        return "/login.xhtml?faces-redirect=true&signedOut=1";
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        } finally {
            code = null;
            password = null;
        }
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public SecondFactors.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public ApiTokens.Scope getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(ApiTokens.Scope tokenScope) {
        this.tokenScope = tokenScope;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }

    public String getCreatedToken() {
        return createdToken;
    }
}
