package tw.vendorrisk.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.support.RestClient;

/** The engine REST calls the cluster and crash tests make, as a client of a running node would. */
final class EngineRest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "Vendor-Risk-2026!";

    private EngineRest() {
    }

    /** Creates a user in a group (as the administrator), unless it exists. */
    static void createUser(RestClient admin, String id, String group) {
        if (admin.get("/engine-rest/user/count?id=" + id).body().contains("\"count\":1")) {
            return;
        }
        HttpResponse<String> created = admin.post("/engine-rest/user/create", json(Map.of(
                "profile", Map.of("id", id, "firstName", id, "lastName", "Test", "email", id + "@example.com"),
                "credentials", Map.of("password", PASSWORD))));
        require(created, 204);
        HttpResponse<String> member = admin.put("/engine-rest/group/" + group + "/members/" + id, "{}");
        require(member, 204);
    }

    /** Starts a process; returns the new instance's ID once the node has answered 200. */
    static String start(RestClient client, String key, String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>(Map.of("variables", typed(variables)));
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        HttpResponse<String> response = client.post("/engine-rest/process-definition/key/" + key + "/start", json(body));
        require(response, 200);
        return read(response.body()).get("id").asText();
    }

    /** Completes a task; returns once the node has answered 204. */
    static void complete(RestClient client, String taskId, Map<String, Object> variables) {
        require(client.post("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", typed(variables)))),
                204);
    }

    /** IDs of the tasks a query finds, e.g. {@code taskDefinitionKey=Task_PlanAudit&maxResults=20}. */
    static List<String> taskIds(RestClient client, String query) {
        HttpResponse<String> response = client.get("/engine-rest/task?" + query);
        require(response, 200);
        List<String> ids = new ArrayList<>();
        read(response.body()).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    static long count(RestClient client, String path) {
        HttpResponse<String> response = client.get(path);
        require(response, 200);
        return read(response.body()).get("count").asLong();
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Engine REST variables: a Long goes with its type, everything else as JSON gives it. */
    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, value instanceof Long
                ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
        return typed;
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
