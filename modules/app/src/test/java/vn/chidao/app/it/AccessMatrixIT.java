package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access rules over every operation the OpenAPI document lists — not a hand-picked few: each is called as nobody, as
 * the head of another unit and as a committee member, with its path pointing at one unit's (Sở Tài chính's) task,
 * document, unit and people, and an empty body. A new endpoint joins the matrix by being documented.
 */
class AccessMatrixIT {

    /** What anyone may reach before signing in. */
    private static final Set<String> PUBLIC = Set.of("GET /api/settings/logo", "GET /api/setup", "POST /api/setup");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** A refusal that says the caller may not: not a validation answer (400, 422), which would mean the request got further. */
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404, 405, 415);

    private static List<String[]> operations;
    /** A request body for each operation that takes JSON: every field the document names, filled plausibly. */
    private static Map<String, String> bodies;
    private static Map<String, String> ids;

    @BeforeAll
    static void oneUnitsThings() {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        operations = new ArrayList<>();
        bodies = new java.util.HashMap<>();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                operations.add(new String[] {method.getKey().toUpperCase(), path.getKey()});
                JsonObject body = method.getValue().asJsonObject().getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                    JsonObject schema = body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
                    bodies.put(method.getKey().toUpperCase() + " " + path.getKey(), sample(schema, schemas).toString());
                }
            }
        }
        int task = Demo.assign(Demo.unique("AM-"), "Nhiệm vụ của Sở Tài chính cho ma trận quyền", "STC");
        Api financeHead = Api.as(Api.FINANCE_HEAD);
        financeHead.post("/api/tasks/" + task + "/progress", "{\"text\":\"Đã triển khai.\",\"percent\":10}");
        int extension = financeHead.post("/api/tasks/" + task + "/extensions", "{\"requestedDueDate\":\""
                + LocalDate.of(2028, 6, 30) + "\",\"reason\":\"Chờ kinh phí\"}").json().getInt("id");
        int documentId = Demo.document("382/KH-UBND");
        int target = Api.as(Api.SECRETARIAT).get("/api/documents/" + documentId + "/targets").array().getJsonObject(0).getInt("id");
        int person = Api.as(Api.ADMIN).get("/api/people").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").equals(Api.FINANCE_HEAD)).findFirst().orElseThrow().getInt("id");
        ids = Map.of("/api/tasks/", Integer.toString(task), "/api/extensions/", Integer.toString(extension),
                "/api/documents/", Integer.toString(documentId), "/api/targets/", Integer.toString(target),
                "/api/units/", Integer.toString(Demo.unit("STC")), "/api/reorganisation/units/", Integer.toString(Demo.unit("STC")),
                "/api/people/", Integer.toString(person));
        assertThat(operations).as("operations the document lists").hasSizeGreaterThan(80);
    }

    @Test
    void nobodySignedInReachesNothingButTheSignInPagesNeeds() {
        List<String> open = check(Api.anonymous(), (operation, status) -> !PUBLIC.contains(operation) && status != 401);
        assertThat(open).as("operations answered without credentials other than 401").isEmpty();
    }

    @Test
    void anotherUnitsHeadCannotReadOrChangeThisUnitsTaskAndNothingAnswers500() {
        List<String> wrong = check(Api.as("giamdoc.snv@chidao.local"), AccessMatrixIT::notOwnOrProducing, (operation, status) -> status >= 500
                || operation.contains(" /api/tasks/{id}") && !REFUSED.contains(status)
                || operation.startsWith("DELETE ") && !operation.contains(" /api/me/") && !REFUSED.contains(status)
                || isWrite(operation) && (operation.contains("/api/documents") || operation.contains("/api/targets")
                        || operation.contains("/api/units") || operation.contains("/api/people") || operation.contains("/api/settings")
                        || operation.contains("/api/extensions") || operation.contains("/api/reorganisation")
                        || operation.contains("/api/unit-groups") || operation.contains("/api/audit")) && !REFUSED.contains(status));
        assertThat(wrong).as("operations another unit's head got through, or that broke").isEmpty();
    }

    @Test
    void aCommitteeMemberReadsButChangesNoUnitsWorkAndNothingAnswers500() {
        List<String> wrong = check(Api.as(Api.COMMITTEE), AccessMatrixIT::notOwnOrProducing, (operation, status) -> status >= 500
                || isWrite(operation) && (operation.contains("/api/tasks") || operation.contains("/api/documents")
                        || operation.contains("/api/targets") || operation.contains("/api/units") || operation.contains("/api/people")
                        || operation.contains("/api/extensions") || operation.contains("/api/settings")
                        || operation.contains("/api/reorganisation") || operation.contains("/api/unit-groups")) && !REFUSED.contains(status)
                || operation.contains("/api/audit") && !REFUSED.contains(status));
        assertThat(wrong).as("operations a committee member got through, or that broke").isEmpty();
    }

    @Test
    void theSecretariatCannotDoWhatOnlyAnAdministratorMay() {
        Set<String> administrators = Set.of("PUT /api/settings", "PUT /api/settings/logo", "DELETE /api/settings/logo",
                "PUT /api/settings/security", "POST /api/people", "PATCH /api/people/{id}", "DELETE /api/people/{id}/second-factor",
                "GET /api/audit", "GET /api/audit/verify", "POST /api/units", "POST /api/units/{id}/merge");
        assertThat(operations.stream().map(op -> op[0] + " " + op[1]).toList()).containsAll(administrators);
        // only these are called: the secretariat may change much else, which would change the other tests' data
        List<String> wrong = check(Api.as(Api.SECRETARIAT), administrators::contains,
                (operation, status) -> !REFUSED.contains(status));
        assertThat(wrong).as("administrators' operations the secretariat got through, or that broke").isEmpty();
    }

    /**
     * Every operation except a person's own settings, inbox and sessions, and the producing of reports (each call would
     * make a briefing and mail it): a refusal there is not this matrix's subject (ReportsIT and NotificationsIT test them),
     * and a success would change what other tests count.
     */
    private static boolean notOwnOrProducing(String operation) {
        return !operation.contains(" /api/me") && !operation.contains(" /api/inbox")
                && !(isWrite(operation) && (operation.contains(" /api/reports") || operation.contains(" /api/schedules")));
    }

    private static boolean isWrite(String operation) {
        return WRITES.contains(operation.substring(0, operation.indexOf(' ')));
    }

    /** Calls every operation as {@code caller}; the ones {@code wrong} picks, with their status. */
    private static List<String> check(Api caller, java.util.function.BiPredicate<String, Integer> wrong) {
        return check(caller, operation -> true, wrong);
    }

    private static List<String> check(Api caller, java.util.function.Predicate<String> which,
                                      java.util.function.BiPredicate<String, Integer> wrong) {
        List<String> found = new ArrayList<>();
        for (String[] op : operations) {
            String operation = op[0] + " " + op[1];
            if (!which.test(operation)) {
                continue;
            }
            String path = fill(op[1]);
            String body = bodies.getOrDefault(operation, "{}");
            Function<String, Api.Reply> call = switch (op[0]) {
                case "GET" -> caller::get;
                case "POST" -> p -> caller.post(p, body);
                case "PUT" -> p -> caller.put(p, body);
                case "PATCH" -> p -> caller.patch(p, body);
                case "DELETE" -> caller::delete;
                default -> null;
            };
            if (call == null) {
                continue;
            }
            int status = call.apply(path).status();
            if (wrong.test(operation, status)) {
                found.add(operation + " → " + status);
            }
        }
        return found;
    }

    /**
     * A value of the schema that passes the request's own checks as far as they can be guessed — text for text, 0 for a
     * version, a date in 2028, the first of an enumeration — so that what answers is the access rule, not the validation.
     */
    private static JsonValue sample(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            return sample(schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length())), schemas);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        if (schema.containsKey("allOf")) {
            return sample(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        String type = schema.getString("type", "object");
        return switch (type) {
            case "string" -> jakarta.json.Json.createValue("date".equals(schema.getString("format", "")) ? "2028-06-30" : "Thử");
            case "integer", "number" -> jakarta.json.Json.createValue(0);
            case "boolean" -> JsonValue.FALSE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            default -> {
                jakarta.json.JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, property) -> object.add(name, name.endsWith("Date") || name.equals("asOf")
                            ? jakarta.json.Json.createValue("2028-06-30")
                            : name.equals("percent") ? jakarta.json.Json.createValue(10) : sample(property.asJsonObject(), schemas)));
                }
                yield object.build();
            }
        };
    }

    /** The path with the unit's own things in it: {id} by what it names, any other parameter a plausible value. */
    private static String fill(String template) {
        String path = template;
        if (path.contains("{id}")) {
            String prefix = path.substring(0, path.indexOf("{id}"));
            path = path.replace("{id}", ids.getOrDefault(prefix, "1"));
        }
        return path.replace("{evidenceId}", "1").replace("{startsOn}", "2026-01-01").replaceAll("\\{[^}]+}", "1");
    }
}
