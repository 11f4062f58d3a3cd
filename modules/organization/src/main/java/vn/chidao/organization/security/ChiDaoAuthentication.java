package vn.chidao.organization.security;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.ApiTokens;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Installation;
import vn.chidao.organization.RequestMarks;
import vn.chidao.organization.Role;
import vn.chidao.organization.SecondFactors;

/**
 * The one authentication mechanism of the application (Jakarta Security 3 allows only one),
 * choosing by path: {@code /api} answers HTTP Basic or the session with a 401 JSON body, never a
 * login page; every other protected page sends the browser to the Vietnamese sign-in page, whose
 * form posts to {@code /signin}.
 */
@ApplicationScoped
public class ChiDaoAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String SIGN_IN_ACTION = "/signin";
    public static final String CODE_PAGE = "/login-code.xhtml";
    public static final String CODE_ACTION = "/signin/code";
    public static final String ACCOUNT_PAGE = "/account.xhtml";
    static final String CALLER = "chidao.caller";
    static final String PENDING = "chidao.pendingSecondFactor";
    static final String AFTER_SIGN_IN = "chidao.afterSignIn";
    /** The throttle's account for tokens: failures count against the address's budget. */
    private static final String TOKEN_ACCOUNT = "personal api token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** How long the code may take after the password: an authenticator app is at hand or it is not. */
    private static final Duration CODE_WAIT = Duration.ofMinutes(5);
    /** What an account that must enrol a second factor may reach until it has: the account page and what it needs. */
    private static final Set<String> DURING_ENROLMENT = Set.of(ACCOUNT_PAGE, "/signout", "/error.xhtml", "/api/me",
            "/api/me/password", "/api/me/sessions");
    private static final List<String> DURING_ENROLMENT_UNDER = List.of("/jakarta.faces.resource/", "/resources/",
            "/api/me/second-factor");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    SecondFactors secondFactors;

    @Inject
    ApiTokens tokens;

    @Inject
    Installation installation;

    /** The settings' session lifetime, read at most once a minute: every request asks. */
    private volatile long lifetimeHours;
    private volatile Instant lifetimeReadAt = Instant.EPOCH;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        try {
            if (api) {
                return api(request, response, context);
            }
            if (SIGN_IN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
                return signIn(request, response, context);
            }
            if (CODE_ACTION.equals(path) && "POST".equals(request.getMethod())) {
                return secondStep(request, context);
            }
            SignedIn caller = signedIn(request);
            if (caller != null) {
                if (caller.enrolmentDue() && !allowedDuringEnrolment(path)) {
                    return context.redirect(request.getContextPath() + ACCOUNT_PAGE + "?enrol=1");
                }
                return context.notifyContainerAboutLogin(caller.name, caller.groups);
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            request.getSession(true).setAttribute(AFTER_SIGN_IN, localTarget(request));
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return token(header.substring(7).strip(), request, response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return problem(request, response, 401, "auth.failed");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return problem(request, response, 401, "auth.failed");
            }
            String user = decoded.substring(0, colon);
            long wait = throttle.secondsToWait(user, request.getRemoteAddr());
            if (wait > 0) {
                audit.recordQuietly(user, request.getRemoteAddr(), AuditLog.Action.SIGN_IN_THROTTLED, null, "api, " + wait + " s");
                response.setHeader("Retry-After", Long.toString(wait));
                return problem(request, response, 429, "auth.throttled", wait);
            }
            CredentialValidationResult result;
            try {
                result = identityStores.validate(new UsernamePasswordCredential(user, new Password(decoded.substring(colon + 1))));
            } catch (RuntimeException databaseDown) {
                // the account could not be checked: say so, rather than call the password wrong
                response.setHeader("Retry-After", "30");
                return problem(request, response, 503, "server.unavailable");
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(user, request.getRemoteAddr());
                audit.recordQuietly(user, request.getRemoteAddr(), AuditLog.Action.SIGN_IN_FAILED, null, "api");
                return problem(request, response, 401, "auth.failed");
            }
            throttle.succeeded(user, request.getRemoteAddr());
            if (secondFactors.enabled(user)) {
                // the password was right, but this account signs in with a second factor: programs use a personal token
                return problem(request, response, 401, "auth.useToken");
            }
            if (secondFactors.enrolmentDue(user)) {
                // it must have a second factor first, which only the account page sets up
                return problem(request, response, 401, "auth.enrolFirst");
            }
            return context.notifyContainerAboutLogin(result);
        }
        SignedIn caller = signedIn(request);
        if (caller != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (caller.enrolmentDue() && !allowedDuringEnrolment(path)) {
                return problem(request, response, 403, "auth.enrolFirst");
            }
            // A browser sends the session cookie on cross-site requests too: state changes made with it
            // must carry a header that a cross-site form cannot set.
            if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader("X-Requested-With") == null) {
                // refused after signing the caller in, by CrossSiteRequests: a refusal here would end the victim's session
                request.setAttribute(RequestMarks.CROSS_SITE, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin(caller.name, caller.groups);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chi Dao\", charset=\"UTF-8\"");
        return problem(request, response, 401, "auth.required");
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        String base = request.getContextPath();
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return context.redirect(base + SIGN_IN_PAGE + "?error=failed");
        }
        if (!sameOrigin(request)) {
            // login CSRF: another site's form must not sign the victim's browser into an account of its choosing
            return context.redirect(base + SIGN_IN_PAGE + "?error=failed");
        }
        long wait = throttle.secondsToWait(user, request.getRemoteAddr());
        if (wait > 0) {
            audit.recordQuietly(user, request.getRemoteAddr(), AuditLog.Action.SIGN_IN_THROTTLED, null, "form, " + wait + " s");
            return context.redirect(base + SIGN_IN_PAGE + "?error=throttled&wait=" + wait);
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new UsernamePasswordCredential(user, new Password(password)));
        } catch (RuntimeException databaseDown) {
            return context.redirect(base + SIGN_IN_PAGE + "?error=unavailable");
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(user, request.getRemoteAddr());
            audit.recordQuietly(user, request.getRemoteAddr(), AuditLog.Action.SIGN_IN_FAILED, null, "form");
            return context.redirect(base + SIGN_IN_PAGE + "?error=failed");
        }
        throttle.succeeded(user, request.getRemoteAddr());
        String name = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(AFTER_SIGN_IN);
        if (session != null) {
            // A new session id at sign-in, so an id planted before it is worth nothing after.
            request.changeSessionId();
            session.removeAttribute(AFTER_SIGN_IN);
        }
        session = request.getSession(true);
        if (secondFactors.enabled(name)) {
            // half-way: the password was right, the code is still to come; nothing is reachable meanwhile
            session.setAttribute(PENDING, new Pending(name, result.getCallerGroups(), now(), target));
            return context.redirect(base + CODE_PAGE);
        }
        audit.recordQuietly(name, request.getRemoteAddr(), AuditLog.Action.SIGN_IN, null, "form");
        session.setAttribute(CALLER, new SignedIn(name, result.getCallerGroups(), now(), secondFactors.enrolmentDue(name)));
        return context.redirect(base + (target == null ? "/" : target));
    }

    /** The code after the password: from the app, or a recovery code; a wrong one counts like a wrong password. */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String base = request.getContextPath();
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null || !now().isBefore(pending.at().plus(CODE_WAIT))) {
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            return context.redirect(base + SIGN_IN_PAGE + "?error=expired");
        }
        if (!sameOrigin(request)) {
            return context.redirect(base + CODE_PAGE + "?error=failed");
        }
        SecondFactors.Check check;
        try {
            check = secondFactors.check(pending.name(), request.getParameter("code"), request.getRemoteAddr());
        } catch (RuleViolation tooMany) {
            if (tooMany.kind() != RuleViolation.Kind.TOO_MANY) {
                throw tooMany;
            }
            long wait = ((Number) tooMany.problems().get(0).arguments().get(0)).longValue();
            audit.recordQuietly(pending.name(), request.getRemoteAddr(), AuditLog.Action.SIGN_IN_THROTTLED, null, "code, " + wait + " s");
            return context.redirect(base + CODE_PAGE + "?error=throttled&wait=" + wait);
        } catch (RuntimeException databaseDown) {
            return context.redirect(base + CODE_PAGE + "?error=unavailable");
        }
        if (check == SecondFactors.Check.REFUSED) {
            return context.redirect(base + CODE_PAGE + "?error=failed");
        }
        request.changeSessionId();
        session.removeAttribute(PENDING);
        audit.recordQuietly(pending.name(), request.getRemoteAddr(), AuditLog.Action.SIGN_IN, null,
                check == SecondFactors.Check.TOTP ? "form, second factor" : "form, recovery code");
        session.setAttribute(CALLER, new SignedIn(pending.name(), pending.groups(), now(), false));
        return context.redirect(base + (pending.target() == null ? "/" : pending.target()));
    }

    /** A personal API token ("Authorization: Bearer cd_…"): unknown ones count against the address's budget. */
    private AuthenticationStatus token(String token, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws IOException {
        String address = request.getRemoteAddr();
        long wait = throttle.secondsToWait(TOKEN_ACCOUNT, address);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            return problem(request, response, 429, "auth.throttled", wait);
        }
        Optional<ApiTokens.Holder> holder;
        try {
            holder = tokens.holder(token);
        } catch (RuntimeException databaseDown) {
            response.setHeader("Retry-After", "30");
            return problem(request, response, 503, "server.unavailable");
        }
        if (holder.isEmpty()) {
            throttle.failed(TOKEN_ACCOUNT, address);
            audit.recordQuietly("?", address, AuditLog.Action.TOKEN_FAILED, null, "unknown, revoked or expired token");
            return problem(request, response, 401, "auth.tokenInvalid");
        }
        if (holder.get().scope() == ApiTokens.Scope.READ && !SAFE_METHODS.contains(request.getMethod())) {
            return problem(request, response, 403, "auth.tokenReadOnly");
        }
        return context.notifyContainerAboutLogin(holder.get().email(),
                holder.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    static boolean allowedDuringEnrolment(String path) {
        return DURING_ENROLMENT.contains(path) || DURING_ENROLMENT_UNDER.stream().anyMatch(path::startsWith);
    }

    /** Millisecond precision, as the database keeps revocation times: a revocation in the same millisecond counts. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The person signed in on this session — unless their password, roles or account changed since (on any server). An
     * account still to enrol its second factor is asked again each time, so the enrolment frees it at once.
     */
    private SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn caller = session == null ? null : (SignedIn) session.getAttribute(CALLER);
        if (caller != null && (accounts.revokedSince(caller.name, caller.at)
                || outlived(caller, clock.instant(), Duration.ofHours(sessionLifetimeHours())))) {
            session.invalidate();
            return null;
        }
        if (caller != null && caller.enrolmentDue() && !secondFactors.enrolmentDue(caller.name())) {
            caller = new SignedIn(caller.name(), caller.groups(), caller.at(), false);
            session.setAttribute(CALLER, caller);
        }
        return caller;
    }

    private long sessionLifetimeHours() {
        Instant now = clock.instant();
        if (now.isAfter(lifetimeReadAt.plusSeconds(60))) {
            lifetimeHours = installation.securityPolicy().sessionMaxHours();
            lifetimeReadAt = now;
        }
        return lifetimeHours;
    }

    /** A page session ends this long after sign-in however busy it is (ASVS 5.0, 7.3.2): the person signs in again. */
    static boolean outlived(SignedIn caller, Instant now, Duration lifetime) {
        return !now.isBefore(caller.at().plus(lifetime));
    }

    /**
     * Whether a form post comes from a page of this site: its Origin (or, without one, its Referer) names the host the request
     * was sent to. A client that sends neither (not a browser) is let through; the password still has to be right.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String from = request.getHeader("Origin");
        if (from == null || from.isBlank() || "null".equals(from)) {
            from = request.getHeader("Referer");
        }
        if (from == null || from.isBlank()) {
            return request.getHeader("Origin") == null;
        }
        try {
            String authority = java.net.URI.create(from.strip()).getRawAuthority();
            String host = request.getHeader("Host");
            return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Only a path inside the application, so the sign-in page cannot be made to redirect elsewhere. */
    private static String localTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/") || path.startsWith("//") || "POST".equals(request.getMethod())) {
            return "/";
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
                                                String key, Object... arguments) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String body = Json.createObjectBuilder()
                .add("status", status)
                .add("message", Messages.text(locale, key, arguments))
                .build().toString();
        response.setStatus(status);
        // answered before the application's filters run: say no-store here too
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
        response.flushBuffer();
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Who signed in through the form; kept in the HTTP session. */
    record SignedIn(String name, Set<String> groups, Instant at, boolean enrolmentDue) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    /** A sign-in whose password was right and whose code is still to come. */
    record Pending(String name, Set<String> groups, Instant at, String target) implements Serializable {
        Pending {
            groups = Set.copyOf(groups);
        }
    }
}
