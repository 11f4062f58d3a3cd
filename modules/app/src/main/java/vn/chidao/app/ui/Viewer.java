package vn.chidao.app.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import vn.chidao.notification.Notifications;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.organization.Caller;

/**
 * The person looking at a page: who they are, what their roles let them do, and the names of the
 * units and documents the page mentions by id. One per request.
 */
@Named
@RequestScoped
public class Viewer {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    Organization organization;

    @Inject
    Planning planning;

    @Inject
    SecurityContext security;

    @Inject
    Notifications notifications;

    private Long unread;

    private PersonView me;
    private Caller caller;
    private Map<Long, UnitView> units;
    private List<UnitView> activeUnits;
    private Map<Long, DocumentView> documents;

    public PersonView getMe() {
        if (me == null) {
            me = organization.personByEmail(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return me;
    }

    public Caller caller() {
        if (caller == null) {
            caller = Caller.of(getMe());
        }
        return caller;
    }

    /** Assigns, decides and imports: the secretariat (and administrators). */
    public boolean isSecretariat() {
        return caller().secretariat();
    }

    /** Runs the installation: accounts, settings, the audit log. */
    public boolean isAdministrator() {
        return caller().roles().contains(vn.chidao.organization.Role.ADMIN);
    }

    /** A notice's subject as a page lists it: without the "[Chỉ Đạo]" every mail subject starts with. */
    public String headline(String subject) {
        return subject == null ? "" : subject.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
    }

    /** Pages reached from a menu entry's list: the entry is marked as the place one is in. */
    private static final java.util.Map<String, String> WITHIN = java.util.Map.of("/task.xhtml", "/tasks.xhtml");

    /**
     * {@code aria-current} of a menu entry: "page" for the page shown, "location" for the list a page shown belongs to (a
     * task under "Nhiệm vụ"), "false" for the others.
     */
    public String current(String viewId) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        String shown = faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        return viewId.equals(shown) ? "page" : viewId.equals(WITHIN.get(shown)) ? "location" : "false";
    }

    /** Reads the whole province: secretariat and committee. */
    public boolean isProvince() {
        return caller().readsEverything();
    }

    /** Reports on their own unit's tasks. */
    public boolean isUnitUser() {
        return caller().unitUser();
    }

    /** How many of the viewer's notices are unread (shown beside "Thông báo" on every page). */
    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(getMe().id());
        }
        return unread;
    }

    public String getMyUnitName() {
        return getMe().unit() == null ? "" : unitName(getMe().unit());
    }

    public LocalDate getToday() {
        return organization.today();
    }

    /** A moment as people here read it: dd/MM/yyyy HH:mm, Vietnam's time. */
    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String unitName(UnitId id) {
        if (id == null) {
            return "";
        }
        UnitView unit = unitMap().get(id.value());
        return unit == null ? "" : unit.displayName();
    }

    public String unitCode(UnitId id) {
        UnitView unit = id == null ? null : unitMap().get(id.value());
        return unit == null ? "" : unit.code();
    }

    public String unitFullName(UnitId id) {
        UnitView unit = id == null ? null : unitMap().get(id.value());
        return unit == null ? "" : unit.name();
    }

    /** Units that exist today, by name: what a person may pick. */
    public List<UnitView> getActiveUnits() {
        if (activeUnits == null) {
            LocalDate today = getToday();
            activeUnits = unitMap().values().stream().filter(u -> u.activeOn(today))
                    .sorted(java.util.Comparator.comparing(UnitView::name, vn.chidao.kernel.Words.vietnameseOrder())).toList();
        }
        return activeUnits;
    }

    public List<DocumentView> getDocuments() {
        return List.copyOf(documentMap().values());
    }

    public String documentNumber(DocumentId id) {
        DocumentView document = id == null ? null : documentMap().get(id.value());
        return document == null ? "" : document.number();
    }

    /** This very address with the other language asked for, so switching keeps the page and its parameters. */
    public String getOtherLanguageUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String other = "vi".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? "en" : "vi";
        StringBuilder url = new StringBuilder(request.getRequestURI()).append("?lang=").append(other);
        request.getParameterMap().forEach((name, values) -> {
            if (!"lang".equals(name) && !name.startsWith("jakarta.faces") && !name.contains(":")) {
                for (String value : values) {
                    url.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return url.toString();
    }

    private Map<Long, UnitView> unitMap() {
        if (units == null) {
            units = organization.units(null).stream().collect(Collectors.toMap(u -> u.id().value(), u -> u));
        }
        return units;
    }

    private Map<Long, DocumentView> documentMap() {
        if (documents == null) {
            documents = planning.documents().stream().collect(Collectors.toMap(d -> d.id().value(), d -> d,
                    (a, b) -> a, java.util.LinkedHashMap::new));
        }
        return documents;
    }
}
