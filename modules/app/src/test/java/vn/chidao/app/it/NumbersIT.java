package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Numbers typed into the API are read exactly or refused with the field named, in the caller's language,
 * and nothing is saved: a percent of 300, a percent written in words, a negative one.
 */
class NumbersIT {

    private final Api financeHead = Api.as(Api.FINANCE_HEAD);

    @Test
    void aPercentOutsideNoughtToAHundredOrOfTheWrongTypeIsRefusedByName() {
        int task = Demo.assign(Demo.unique("NB-"), "Nhiệm vụ để thử số liệu", "STC");

        for (String percent : new String[] {"300", "-5", "\"năm mươi\"", "\"15 đến 20\"", "99.8"}) {
            Api.Reply refused = financeHead.post("/api/tasks/" + task + "/progress", "{\"text\":\"Báo cáo\",\"percent\":" + percent + "}");
            assertThat(refused.status()).as(percent + " → " + refused).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(percent + " → " + refused).extracting(e -> e.getString("field")).containsExactly("percent");
        }
        Api.Reply inEnglish = financeHead.inEnglish().post("/api/tasks/" + task + "/progress", "{\"text\":\"x\",\"percent\":\"ten\"}");
        assertThat(inEnglish.json().getString("message")).contains("\"percent\"", "wrong type");
        assertThat(financeHead.get("/api/tasks/" + task + "/progress").array()).as("nothing saved").isEmpty();
        assertThat(financeHead.get("/api/tasks/" + task).json().getInt("percent")).isZero();
    }
}
