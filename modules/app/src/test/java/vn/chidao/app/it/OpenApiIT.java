package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The OpenAPI document is enough to write a client: every JSON request body names its fields and their types. */
class OpenApiIT {

    @Test
    void everyJsonRequestBodyDescribesItsFields() {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> bodies = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
                if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
                    continue;
                }
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                bodies.add(where);
                JsonObject schema = resolve(body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema"), schemas);
                JsonObject properties = schema.getJsonObject("properties");
                if (properties == null || properties.isEmpty()
                        || properties.values().stream().anyMatch(p -> resolve(p.asJsonObject(), schemas).isEmpty())) {
                    undescribed.add(where + " " + schema);
                }
            }
        }
        assertThat(bodies).as("JSON request bodies found").hasSizeGreaterThan(20).contains("POST /api/tasks", "POST /api/tasks/{id}/progress");
        assertThat(undescribed).as("request bodies whose fields the document does not describe").isEmpty();
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return schemas.getJsonObject(name);
        }
        return schema;
    }
}
