package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.termination.ContractEnding;

/**
 * Vendor access over REST as staff do it: a project lead asks through engine REST, the grant shows
 * as active in the register, and once revoked it no longer does.
 */
@AppTest
class OversightApiTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired OversightTestSupport support;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ContractEnding contractEnding;
    final ObjectMapper json = new ObjectMapper();
    Contract contract;

    @BeforeEach
    void setUp() {
        support.deleteAllProcessInstances();
        fixture.reset();
        contract = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "REST Co.", "5"),
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1), SlaReportFrequency.QUARTERLY, true);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    HttpResponse<String> complete(String user, String taskKey, String variables) {
        Task task = taskService.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
        return RestClient.as(port, user).post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {" + variables + "}}");
    }

    @Test
    void aProjectLeadAsksForAccess_theManagerGrantsIt_andAfterRevocationItIsNoLongerActive() throws Exception {
        String until = LocalDate.now().plusMonths(3).toString();
        HttpResponse<String> started = RestClient.as(port, "peter").post(
                "/engine-rest/process-definition/key/vendor-access/start", """
                {"variables": {"contractId": {"value": %d, "type": "Long"}, "personName": {"value": "Engineer Chen"},
                 "assets": {"value": "ERP database"}, "accessQuery": {"value": true}, "tradeSecrets": {"value": false},
                 "purpose": {"value": "Maintenance"}, "requestedUntil": {"value": "%s"}}}
                """.formatted(contract.getId(), until));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        assertThat(complete("peter", "Task_BriefSecurityRules",
                "\"rulesAcknowledgedOn\": {\"value\": \"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(204);
        assertThat(complete("peter", "Task_AssessAccessRisk", """
                "leastPrivilegeConfirmed": {"value": true}, "accessControlsPerKindConfirmed": {"value": true}, "useWithinScopeConfirmed": {"value": true},
                "riskLevel": {"value": "LOW"}, "riskAssessment": {"value": "read only"}""").statusCode()).isEqualTo(204);
        assertThat(complete("alice", "Task_ApproveAccess", "\"accessApproved\": {\"value\": true}")
                .statusCode()).as("procurement cannot approve access").isEqualTo(403);
        assertThat(complete("mark", "Task_ApproveAccess",
                "\"accessApproved\": {\"value\": true}, \"decisionReason\": {\"value\": \"ok\"}").statusCode())
                .isEqualTo(204);

        JsonNode active = json.readTree(RestClient.as(port, "ivan")
                .get("/api/contracts/" + contract.getId() + "/access-grants?status=ACTIVE").body());
        assertThat(active).hasSize(1);
        assertThat(active.get(0).path("grantedUntil").asText()).isEqualTo(until);
        assertThat(active.get(0).path("rulesAcknowledgedOn").asText()).isEqualTo(LocalDate.now().toString());

        contractEnding.end(contract.getId(), RevocationReason.TERMINATED, "mark");

        assertThat(json.readTree(RestClient.as(port, "ivan")
                .get("/api/contracts/" + contract.getId() + "/access-grants?status=ACTIVE").body())).isEmpty();
        JsonNode all = json.readTree(RestClient.as(port, "ivan")
                .get("/api/contracts/" + contract.getId() + "/access-grants").body());
        assertThat(all.get(0).path("status").asText()).isEqualTo("REVOKED");
        assertThat(all.get(0).path("revocationReason").asText()).isEqualTo("TERMINATED");
        assertThat(all.get(0).path("revokedAt").isMissingNode()).isFalse();
    }

    @Test
    void theOversightPlanIsReadable_andAnUnknownContractIs404() throws Exception {
        support.startFirst(OversightCycle.VENDOR_AUDIT, contract.getId(), tw.vendorrisk.oversight.OversightKind.AUDIT);

        HttpResponse<String> plan = RestClient.as(port, "olivia").get("/api/contracts/" + contract.getId() + "/oversight");
        assertThat(plan.statusCode()).isEqualTo(200);
        JsonNode activities = json.readTree(plan.body());
        assertThat(activities).extracting(a -> a.path("kind").asText()).contains("AUDIT", "ONSITE_REVIEW", "SLA_REPORT");
        assertThat(activities).filteredOn(a -> a.path("status").asText().equals("OPEN")).hasSize(1);

        assertThat(RestClient.as(port, "olivia").get("/api/contracts/999999/oversight").statusCode()).isEqualTo(404);
        assertThat(RestClient.anonymous(port).get("/api/contracts/" + contract.getId() + "/oversight").statusCode())
                .isEqualTo(401);
    }
}
