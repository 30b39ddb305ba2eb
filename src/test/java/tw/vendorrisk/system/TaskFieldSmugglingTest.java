package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * Issue 16, items 2 and 4: a task completion may set only the fields of the task's own form, through
 * engine REST and Tasklist alike, and no variable may take the name of a bean the models call.
 * The attack: peter (project-leads) asks for two grants and completes grant A's risk assessment with
 * {@code accessGrantId} of grant B; mark approves what his form shows as A, and B becomes active.
 */
@AppTest
class TaskFieldSmugglingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    Contract contract;
    RestClient peter;
    RestClient mark;

    @BeforeEach
    void setUp() {
        fixture.reset();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "Access Co.", "5"),
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6), SlaReportFrequency.QUARTERLY, true);
        peter = RestClient.as(port, "peter");
        mark = RestClient.as(port, "mark");
    }

    @Test
    void aProjectLead_cannotPointTheManagersApprovalAtAnotherGrant() throws Exception {
        String readOnly = request("accessQuery", false);
        String everything = request("accessDestroy", true);
        long grantB = grantOf(everything).get("id").asLong();

        briefed(readOnly);
        String assessment = task(readOnly, "Task_AssessAccessRisk");
        Map<String, Object> variables = assessment();
        variables.put("accessGrantId", Map.of("value", grantB, "type", "Long"));
        HttpResponse<String> smuggled = peter.post("/engine-rest/task/" + assessment + "/complete",
                json(Map.of("variables", variables)));
        assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
        assertThat(smuggled.body()).contains("accessGrantId").contains("assess-access-risk");
        assertThat(taskService.createTaskQuery().taskId(assessment).count()).as("the task stays open").isEqualTo(1);

        // done properly, mark's approval grants what he was shown: A, not B
        assertThat(peter.post("/engine-rest/task/" + assessment + "/complete", json(Map.of("variables", assessment())))
                .statusCode()).isEqualTo(204);
        String approval = task(readOnly, "Task_ApproveAccess");
        assertThat(mark.post("/engine-rest/task/" + approval + "/complete", json(Map.of("variables", Map.of(
                "accessApproved", Map.of("value", true), "decisionReason", Map.of("value", "maintenance"))))).statusCode())
                .isEqualTo(204);
        assertThat(grantOf(readOnly).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(grantOf(readOnly).get("decidedBy").asText()).isEqualTo("mark");
        assertThat(grantOf(everything).get("status").asText()).isNotEqualTo("ACTIVE");
        assertThat(grantOf(everything).has("decidedBy")).isFalse();
    }

    @Test
    void aFieldOutsideTheForm_isRefusedOnEveryWayATaskTakesVariables() throws Exception {
        String instance = request("accessQuery", false);
        String briefing = task(instance, "Task_BriefSecurityRules");
        String grant = json(Map.of("variables", Map.of("rulesAcknowledgedOn", Map.of("value", LocalDate.now().toString()),
                "accessGrantId", Map.of("value", 99, "type", "Long"))));
        String[][] attempts = {
                {"POST", "/engine-rest/task/" + briefing + "/complete", grant},
                {"POST", "/engine-rest/task/" + briefing + "/submit-form", grant},
                {"POST", "/engine-rest/task/" + briefing + "/resolve", grant},
                {"POST", "/engine-rest/task/" + briefing + "/variables",
                        json(Map.of("modifications", Map.of("accessGrantId", Map.of("value", 99, "type", "Long"))))},
                {"POST", "/engine-rest/task/" + briefing + "/localVariables",
                        json(Map.of("modifications", Map.of("accessGrantId", Map.of("value", 99, "type", "Long"))))},
                {"POST", "/engine-rest/task/" + briefing + "/variables", json(Map.of("deletions", List.of("accessGrantId")))},
                {"PUT", "/engine-rest/task/" + briefing + "/variables/accessGrantId", "{\"value\":99,\"type\":\"Long\"}"},
                {"PUT", "/engine-rest/task/" + briefing + "/localVariables/accessGrantId", "{\"value\":99,\"type\":\"Long\"}"},
                {"DELETE", "/engine-rest/task/" + briefing + "/variables/accessGrantId", null},
        };
        for (String[] attempt : attempts) {
            HttpResponse<String> response = attempt[0].equals("PUT") ? peter.put(attempt[1], attempt[2])
                    : attempt[0].equals("DELETE") ? peter.send("DELETE", attempt[1]) : peter.post(attempt[1], attempt[2]);
            assertThat(response.statusCode()).as(attempt[0] + " " + attempt[1] + " " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(attempt[1]).contains("accessGrantId");
        }
        // Tasklist: the webapps' engine API behind the Camunda Form
        WebappClient tasklist = new WebappClient(port);
        assertThat(tasklist.logIn("peter", RestClient.DEMO_PASSWORD)).isTrue();
        HttpResponse<String> submitted = tasklist.post("/camunda/api/engine/engine/default/task/" + briefing
                + "/submit-form", "application/json", grant, true);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
        assertThat(submitted.body()).contains("accessGrantId");

        assertThat(runtimeService.getVariable(instance, "accessGrantId")).isEqualTo(grantOf(instance).get("id").asLong());
        // the form's own fields still go through
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + briefing + "/submit-form",
                "application/json", json(Map.of("variables", Map.of("rulesAcknowledgedOn",
                        Map.of("value", LocalDate.now().toString()), "briefingNotes", Map.of("value", "told")))), true)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void aVariableNamedAfterABean_cannotHideIt() throws Exception {
        String instance = request("accessQuery", false);
        String briefing = task(instance, "Task_BriefSecurityRules");
        HttpResponse<String> completed = peter.post("/engine-rest/task/" + briefing + "/complete", json(Map.of(
                "variables", Map.of("rulesAcknowledgedOn", Map.of("value", LocalDate.now().toString()),
                        "revokeAccess", Map.of("value", "nothing to revoke")))));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(400);
        assertThat(completed.body()).contains("revokeAccess");

        // a start: the due date expression ${dueDates.days(3)} would read the string
        Map<String, Object> start = startVariables("accessQuery");
        start.put("dueDates", Map.of("value", "soon"));
        HttpResponse<String> started = peter.post("/engine-rest/process-definition/key/vendor-access/start",
                json(Map.of("variables", start)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
        assertThat(started.body()).contains("dueDates").contains("bean");

        // the administrator, on the process instance and through a message
        RestClient admin = RestClient.as(port, "admin");
        HttpResponse<String> set = admin.put("/engine-rest/process-instance/" + instance + "/variables/revokeAccess",
                "{\"value\":\"x\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(400);
        assertThat(set.body()).contains("revokeAccess");
        HttpResponse<String> message = admin.post("/engine-rest/message", json(Map.of("messageName", "Msg_ContractEnded",
                "processInstanceId", instance, "processVariables", Map.of("revokeAccess", Map.of("value", "x")))));
        assertThat(message.statusCode()).as(message.body()).isEqualTo(400);
        assertThat(runtimeService.getVariable(instance, "revokeAccess")).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
    }

    /** peter asks for access of one kind; returns the process instance id. */
    private String request(String kind, boolean tradeSecrets) throws Exception {
        Map<String, Object> variables = startVariables(kind);
        variables.put("tradeSecrets", Map.of("value", tradeSecrets));
        HttpResponse<String> started = peter.post("/engine-rest/process-definition/key/vendor-access/start",
                json(Map.of("variables", variables)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return JSON.readTree(started.body()).get("id").asText();
    }

    private Map<String, Object> startVariables(String kind) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("contractId", Map.of("value", contract.getId(), "type", "Long"));
        variables.put("personName", Map.of("value", "陳工程師 Engineer Chen"));
        variables.put("personRole", Map.of("value", "DBA"));
        variables.put("assets", Map.of("value", "ERP database"));
        variables.put(kind, Map.of("value", true));
        variables.put("purpose", Map.of("value", "maintenance"));
        variables.put("requestedUntil", Map.of("value", LocalDate.now().plusMonths(2).toString()));
        return variables;
    }

    private void briefed(String instance) {
        String briefing = task(instance, "Task_BriefSecurityRules");
        assertThat(peter.post("/engine-rest/task/" + briefing + "/complete", json(Map.of("variables", Map.of(
                "rulesAcknowledgedOn", Map.of("value", LocalDate.now().toString()))))).statusCode()).isEqualTo(204);
    }

    private static Map<String, Object> assessment() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("leastPrivilegeConfirmed", Map.of("value", true));
        variables.put("accessControlsPerKindConfirmed", Map.of("value", true));
        variables.put("useWithinScopeConfirmed", Map.of("value", true));
        variables.put("riskLevel", Map.of("value", "LOW"));
        variables.put("riskAssessment", Map.of("value", "read only"));
        return variables;
    }

    private String task(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
    }

    private JsonNode grantOf(String instance) throws Exception {
        HttpResponse<String> grants = peter.get("/api/contracts/" + contract.getId() + "/access-grants");
        assertThat(grants.statusCode()).isEqualTo(200);
        for (JsonNode grant : JSON.readTree(grants.body())) {
            if (instance.equals(grant.get("processInstanceId").asText())) {
                return grant;
            }
        }
        throw new AssertionError("no grant of " + instance + ": " + grants.body());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
