package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The 2025 reorganisation as it happened: a district People's Committee ends and its open tasks go to the communes (and a
 * department) the secretariat names, task by task, in one step; a unit that is dissolved hands its tasks to whoever the
 * secretariat chooses; nothing changes while a task has no place.
 */
class ReorganisationIT {

    private final Api admin = Api.as(Api.ADMIN);
    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aDistrictSplitAmongCommunesSendsEachOpenTaskWhereTheSecretariatSaid() {
        String tag = Demo.unique("");
        LocalDate lastDay = LocalDate.now().minusDays(1);
        int district = unit("H-" + tag, "UBND huyện Bù Đăng " + tag, "DISTRICT", "2020-01-01");
        int first = unit("XA1-" + tag, "Xã Bù Đăng " + tag, "COMMUNE", "2025-07-01");
        int second = unit("XA2-" + tag, "Xã Thọ Sơn " + tag, "COMMUNE", "2025-07-01");
        int a = task("A-" + tag, "Rà soát hạ tầng mạng cấp xã", district, null);
        int b = task("B-" + tag, "Số hóa hồ sơ địa chính", district, null);
        int c = task("C-" + tag, "Bố trí kinh phí chuyển đổi số", Demo.unit("STC"), district);

        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/reorganisation/units/" + district + "?heirs=" + first + "," + second).status())
                .isEqualTo(403);
        List<JsonObject> plan = secretariat.get("/api/reorganisation/units/" + district + "?heirs=" + first + "," + second).array()
                .getValuesAs(JsonObject.class);
        assertThat(plan).extracting(p -> p.getString("code") + " " + p.getBoolean("lead") + " " + p.getInt("to"))
                .containsExactly("A-" + tag + " true " + first, "B-" + tag + " true " + first, "C-" + tag + " false " + first);

        String heirs = "\"heirs\":[" + first + "," + second + "]";
        Api.Reply unplaced = secretariat.post("/api/reorganisation/units/" + district + "/end",
                "{\"lastDay\":\"" + lastDay + "\"," + heirs + ",\"placements\":[{\"task\":" + a + ",\"unit\":" + first + "}]}");
        assertThat(unplaced.status()).as(unplaced.toString()).isEqualTo(409);
        assertThat(unplaced.json().getString("message")).contains("B-" + tag, "C-" + tag).doesNotContain("A-" + tag);
        Api.Reply notAnHeir = secretariat.post("/api/reorganisation/units/" + district + "/end",
                "{\"lastDay\":\"" + lastDay + "\"," + heirs + ",\"rest\":" + Demo.unit("STC") + "}");
        assertThat(notAnHeir.status()).isEqualTo(400);
        assertThat(secretariat.get("/api/units/" + district).json().containsKey("effectiveTo")).as("nothing changed").isFalse();
        assertThat(lead(a)).isEqualTo(district);

        Api.Reply ended = secretariat.post("/api/reorganisation/units/" + district + "/end", "{\"lastDay\":\"" + lastDay + "\"," + heirs
                + ",\"placements\":[{\"task\":" + a + ",\"unit\":" + first + "},{\"task\":" + b + ",\"unit\":" + second + "}],\"rest\":" + first + "}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getString("effectiveTo")).isEqualTo(lastDay.toString());
        assertThat(ended.json().getJsonArray("heirs").toString()).isEqualTo("[" + first + "," + second + "]");
        assertThat(lead(a)).isEqualTo(first);
        assertThat(lead(b)).isEqualTo(second);
        assertThat(secretariat.get("/api/tasks/" + c).json().getJsonArray("cooperation").getValuesAs(JsonObject.class))
                .extracting(co -> co.getInt("unit")).containsExactly(first);

        // the units as they were: the district on its last day, not the day after
        assertThat(codes("/api/units?asOf=" + lastDay)).contains("H-" + tag);
        assertThat(codes("/api/units")).doesNotContain("H-" + tag).contains("XA1-" + tag, "XA2-" + tag);
    }

    /** The demo's KH 382 task of the Bù Đăng district committee went to xã Bù Đăng on 1/7/2025: counts follow the day asked. */
    @Test
    void countsAsOfAPastDayShowTheUnitsAsTheyWereThen() {
        int kh382 = Demo.document("382/KH-UBND");
        int district = Demo.unit("DX-BUDANG");
        int commune = Demo.unit("XA-BUDANG");
        List<Integer> before = leads("/api/tasks/counts?document=" + kh382 + "&asOf=2025-06-30");
        List<Integer> now = leads("/api/tasks/counts?document=" + kh382);
        assertThat(before).contains(district).doesNotContain(commune);
        assertThat(now).contains(commune).doesNotContain(district);
    }

    private List<Integer> leads(String path) {
        return secretariat.get(path).array().getValuesAs(JsonObject.class).stream().map(c -> c.getInt("unit")).toList();
    }

    @Test
    void aDissolvedUnitsTasksGoWhereTheSecretariatChooses() {
        String tag = Demo.unique("");
        int centre = unit("TT-" + tag, "Trung tâm Hành chính công " + tag, "PUBLIC_SERVICE_UNIT", "2019-01-01");
        int task = task("D-" + tag, "Vận hành bộ phận một cửa", centre, null);
        String end = "/api/reorganisation/units/" + centre + "/end";
        assertThat(secretariat.get("/api/reorganisation/units/" + centre).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.containsKey("to")).containsExactly(false);
        assertThat(secretariat.post(end, "{\"lastDay\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(409);
        assertThat(secretariat.post(end, "{\"lastDay\":\"" + LocalDate.now().plusDays(3) + "\",\"rest\":" + Demo.unit("STC") + "}").status())
                .as("not ahead of its day").isEqualTo(400);
        assertThat(Api.as(Api.FINANCE_HEAD).post(end, "{\"lastDay\":\"" + LocalDate.now() + "\",\"rest\":" + Demo.unit("STC") + "}").status())
                .isEqualTo(403);

        Api.Reply dissolved = secretariat.post(end, "{\"lastDay\":\"" + LocalDate.now() + "\",\"rest\":" + Demo.unit("STC") + "}");
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        assertThat(dissolved.json().containsKey("successor")).isFalse();
        assertThat(lead(task)).isEqualTo(Demo.unit("STC"));
    }

    private int unit(String code, String name, String kind, String from) {
        Api.Reply created = admin.post("/api/units", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"effectiveFrom\":\"" + from + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private int task(String code, String title, int lead, Integer cooperating) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code
                + "\",\"title\":\"" + title + "\",\"leadUnitId\":" + lead
                + (cooperating == null ? "" : ",\"cooperatingUnitIds\":[" + cooperating + "]") + ",\"deadline\":\"31/12/2027\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private int lead(int task) {
        return secretariat.get("/api/tasks/" + task).json().getInt("leadUnit");
    }

    private List<String> codes(String path) {
        return secretariat.get(path).array().getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
    }
}
