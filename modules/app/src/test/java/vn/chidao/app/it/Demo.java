package vn.chidao.app.it;

import java.util.UUID;

import jakarta.json.JsonObject;

/** Lookups in the demo data the tests run against, by the codes people use. */
final class Demo {

    private Demo() {
    }

    static int unit(String code) {
        return Api.as(Api.ADMIN).get("/api/units?all=true").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    static int document(String number) {
        return Api.as(Api.SECRETARIAT).get("/api/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("number").equals(number)).findFirst().orElseThrow().getInt("id");
    }

    /** A task of KH 382 assigned through the API by the secretariat, due 31/12/2027; its id. */
    static int assign(String code, String title, String leadUnitCode) {
        Api.Reply reply = Api.as(Api.SECRETARIAT).post("/api/tasks", "{\"documentId\":" + document("382/KH-UBND") + ",\"code\":\""
                + code + "\",\"title\":\"" + title + "\",\"leadUnitId\":" + unit(leadUnitCode) + ",\"deadline\":\"31/12/2027\"}");
        if (reply.status() != 201) {
            throw new AssertionError(reply.toString());
        }
        return reply.json().getInt("id");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
