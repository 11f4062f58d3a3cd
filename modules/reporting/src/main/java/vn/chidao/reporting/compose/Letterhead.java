package vn.chidao.reporting.compose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitView;

/** What every report starts with (issuing body, number, place and date, Decree 30/2020) and the units it names. */
@ApplicationScoped
class Letterhead {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ReportSettings settings;

    @Inject
    Organization organization;

    Map<String, Object> heading(Instant now) {
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        Map<String, Object> p = new HashMap<>();
        p.put("PARENT_BODY", settings.parentBody());
        p.put("ISSUER", settings.issuer());
        // The number is given when the clerk registers the signed document (Decree 30/2020, art. 15).
        p.put("NUMBER", Wording.text("number", settings.symbol()));
        p.put("PLACE_DATE", Wording.text("placeDate", settings.place(), two(day.getDayOfMonth()), day.getMonthValue() < 3
                ? two(day.getMonthValue()) : Integer.toString(day.getMonthValue()), Integer.toString(day.getYear())));
        return p;
    }

    /** "Số liệu trích từ hệ thống Chỉ Đạo lúc 08:30 ngày 01/07/2025." */
    String extracted(Instant now) {
        return Wording.text("extracted", moment(now));
    }

    String moment(Instant now) {
        ZonedDateTime at = now.atZone(settings.zone());
        return Wording.text("moment", TIME.format(at), Wording.DAY.format(at));
    }

    DateTimeFormatter stamp() {
        return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(settings.zone());
    }

    Map<Long, UnitView> units() {
        return organization.units(null).stream().collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
    }

    private static String two(int n) {
        return (n < 10 ? "0" : "") + n;
    }
}
