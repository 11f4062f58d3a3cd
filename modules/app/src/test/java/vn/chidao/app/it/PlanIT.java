package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Documents and targets: corrections, their history, and who may make them. */
class PlanIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aCorrectedDocumentKeepsItsHistoryAndAStaleCorrectionLosesNothing() {
        JsonObject document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("HS-")
                + "/KH-UBND\",\"issueDate\":\"2025-03-01\",\"issuingBody\":\"UBND tỉnh Bình Phước\",\"summary\":\"Bản trích yếu đầu\"}")
                .json();
        String path = "/api/documents/" + document.getInt("id");

        Api.Reply corrected = secretariat.patch(path, "{\"version\":0,\"summary\":\"Trích yếu đã sửa\",\"status\":\"COMPLETED\"}");
        Api.Reply stale = secretariat.patch(path, "{\"version\":0,\"summary\":\"Bản sửa cũ\"}");

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(secretariat.get(path).json().getString("summary")).isEqualTo("Trích yếu đã sửa");
        assertThat(secretariat.patch(path, "{\"version\":1,\"number\":\"X\"}").status()).isEqualTo(422);
        assertThat(Api.as(Api.FINANCE_HEAD).patch(path, "{\"version\":1,\"summary\":\"x\"}").status()).isEqualTo(403);
        assertThat(Api.as(Api.COMMITTEE).patch(path, "{\"version\":1,\"summary\":\"x\"}").status()).isEqualTo(403);

        List<JsonObject> history = secretariat.get(path + "/history").array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("kind")).containsExactly("CREATED", "CHANGED");
        assertThat(history.get(1).getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ": " + c.getString("before") + " → " + c.getString("after"))
                .containsExactlyInAnyOrder("summary: Bản trích yếu đầu → Trích yếu đã sửa", "status: IN_FORCE → COMPLETED");
    }

    @Test
    void aCorrectedTargetIsJudgedAgainstItsNewLine() {
        int document = Demo.document("382/KH-UBND");
        JsonObject target = secretariat.post("/api/documents/" + document + "/targets", "{\"pillar\":\"DIGITAL_SOCIETY\","
                + "\"name\":\"Tỷ lệ dân số trưởng thành có chữ ký số\",\"unitOfMeasure\":\"%\",\"baseline\":30,\"baselineDate\":"
                + "\"2024-12-31\",\"targetValue\":50,\"targetDate\":\"2025-12-31\",\"direction\":\"HIGHER_IS_BETTER\"}").json();
        String path = "/api/targets/" + target.getInt("id");

        Api.Reply corrected = secretariat.patch(path, "{\"version\":0,\"targetValue\":60,\"targetDate\":\"2027-12-31\"}");

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getJsonNumber("targetValue").intValue()).isEqualTo(60);
        assertThat(secretariat.patch(path, "{\"version\":1,\"targetDate\":\"2024-01-01\"}").status()).isEqualTo(400);
        assertThat(secretariat.get(path + "/history").array()).hasSize(2);

        // the horizons replaced as the plan words them, and the history records them as one line
        Api.Reply horizons = secretariat.patch(path, "{\"version\":1,\"milestones\":[{\"text\":\"40% đến 50%\",\"due\":\"2026-12-31\"},"
                + "{\"text\":\"trên 80%\",\"due\":\"2030-12-31\"}]}");
        assertThat(horizons.status()).as(horizons.toString()).isEqualTo(200);
        assertThat(horizons.json().getString("written")).isEqualTo("2026: 40–50%; 2030: ≥ 80%");
        assertThat(secretariat.get(path + "/history").array().getValuesAs(JsonObject.class).get(2).toString())
                .contains("\"field\":\"milestones\"", "2026: 40–50%; 2030: ≥ 80%");
        assertThat(secretariat.patch(path, "{\"version\":2,\"milestones\":[{\"text\":\"khoảng 50\",\"due\":\"2026-12-31\"}]}")
                .status()).isEqualTo(400);
    }
}
