package vn.chidao.notification.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.notification.InboxItem;
import vn.chidao.notification.Notifications;
import vn.chidao.notification.OutboxItem;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.TaskAssignment;

/** The inbox of the person signed in, their notification choice, and the secretariat's outbox. */
@Path("")
@Tag(name = "Notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private static final int MAX_PAGE = 500;

    @Inject
    Notifications notifications;

    @Inject
    Organization organization;

    @Inject
    TaskAssignment assignment;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    @Context
    SecurityContext security;

    public record Preference(@NotNull(message = "{request.invalid}") Boolean digest) {
    }

    @GET
    @Path("inbox")
    @Operation(summary = "My notices, newest first (unread=true: only unread ones)")
    public List<InboxItem> inbox(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                 @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return notifications.inbox(me().id(), unread, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @GET
    @Path("inbox/unread")
    @Operation(summary = "How many of my notices are unread")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unread(me().id()));
    }

    @POST
    @Path("inbox/{id}/read")
    @Operation(summary = "Mark one of my notices read")
    public Map<String, Long> read(@PathParam("id") long id) {
        notifications.markRead(me().id(), id);
        return unread();
    }

    @POST
    @Path("inbox/read")
    @Operation(summary = "Mark all my notices read")
    public Map<String, Long> readAll() {
        notifications.markRead(me().id(), null);
        return unread();
    }

    @GET
    @Path("inbox/preferences")
    @Operation(summary = "Whether I get a weekly digest instead of single reminders")
    public Preference preference() {
        return new Preference(notifications.digest(me().id()));
    }

    @PUT
    @Path("inbox/preferences")
    @Operation(summary = "Choose a weekly digest (true) or single reminders (false)")
    public Preference choose(@NotNull(message = "{request.invalid}") @Valid Preference preference) {
        notifications.chooseDigest(me().id(), preference.digest());
        return preference();
    }

    @GET
    @Path("outbox")
    @Operation(summary = "The e-mail outbox: pending, sent, failed (with the last error), cancelled — secretariat")
    public List<OutboxItem> outbox(@QueryParam("state") OutboxItem.State state,
                                   @Parameter(description = "only messages whose subject contains this text, e.g. a task's code")
                                   @QueryParam("about") String about, @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return notifications.outbox(Caller.of(me()), state, about, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @POST
    @Path("outbox/{id}/resend")
    @Operation(summary = "Send a failed or cancelled message again — secretariat")
    public Map<String, Boolean> resend(@PathParam("id") long id) {
        return Map.of("queued", notifications.resend(Caller.of(me()), id));
    }

    @POST
    @Path("outbox/dispatch")
    @Operation(summary = "Send what is due in the outbox now (the dispatcher does it every few seconds) — secretariat")
    public Map<String, Integer> dispatch() {
        secretariat();
        return Map.of("sent", notifications.dispatch(500));
    }

    @POST
    @Path("notifications/scan")
    @Operation(summary = "Run the deadline scan now (it runs every morning) — secretariat; day= another day, demo mode only")
    public Map<String, Integer> scan(@QueryParam("day") LocalDate day) {
        secretariat();
        if (day != null && !"demo".equalsIgnoreCase(mode)) {
            throw RuleViolation.forbidden("notification.dayDemoOnly");
        }
        LocalDate today = day == null ? assignment.today() : day;
        return Map.of("created", notifications.scanDeadlines(today), "digests", notifications.weeklyDigests(today));
    }

    private void secretariat() {
        if (!Caller.of(me()).secretariat()) {
            throw RuleViolation.forbidden("notification.forbidden");
        }
    }

    private PersonView me() {
        return organization.personByEmail(security.getUserPrincipal().getName())
                .orElseThrow(() -> RuleViolation.forbidden("auth.forbidden"));
    }
}
