package tw.vendorrisk.termination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.change.ChangeReassessmentProcess;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.access.AccessGrantRepository;
import tw.vendorrisk.access.AccessGrantStatus;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.oversight.OversightActivityRepository;
import tw.vendorrisk.oversight.OversightStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Termination and change over REST, against the running application with its authentication and
 * rights: a termination leaves no active access before its first task appears; a significant
 * change reaches infosec.
 */
@AppTest
class ExitRestTest {

    static final String START_TERMINATION = "/engine-rest/process-definition/key/vendor-termination/start";
    /** A project lead for the impact analysis; the group's rights beyond its tasks are not needed here. */
    static final String PROJECT_LEAD = "pia";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired ArrangementFixture arrangement;
    @Autowired AccessGrantRepository grants;
    @Autowired OversightActivityRepository activities;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    final ObjectMapper json = new ObjectMapper();

    Vendor vendor;
    Contract contract;

    @BeforeEach
    void setUp() {
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Hengan Information", "5");
        contract = arrangement.signedContract(vendor, "ID image recognition maintenance");
        ensureProjectLead();
    }

    @Test
    void aTerminationStartedThroughEngineRest_leavesZeroActiveGrantsBeforeItsFirstTaskAppears() throws Exception {
        List<AccessGrant> active = List.of(arrangement.activeGrant(contract, "Chen Wei"),
                arrangement.activeGrant(contract, "Lin Mei"));
        ProcessInstance waiting = arrangement.waitForContractEnd(contract);
        String body = "{\"variables\":{\"contractId\":{\"value\":" + contract.getId() + ",\"type\":\"Long\"},"
                + "\"terminationReason\":{\"value\":\"REGULATOR_ORDER\"},"
                + "\"terminationNotes\":{\"value\":\"ordered by the regulator\"}}}";

        assertThat(RestClient.as(port, "ivan").post(START_TERMINATION, body).statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "olivia").post(START_TERMINATION, body).statusCode()).isEqualTo(403);
        HttpResponse<String> started = RestClient.as(port, "mark").post(START_TERMINATION, body);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instanceId = json.readTree(started.body()).path("id").asText();
        assertThat(grants.countByContractIdAndStatus(contract.getId(), AccessGrantStatus.ACTIVE)).isZero();
        List<Task> firstTasks = taskService.createTaskQuery().processInstanceId(instanceId).list();
        assertThat(firstTasks).isNotEmpty();
        for (AccessGrant grant : active) {
            AccessGrant revoked = grants.findById(grant.getId()).orElseThrow();
            assertThat(revoked.getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
            for (Task task : firstTasks) {
                assertThat(revoked.getRevokedAt()).as("revoked before %s appeared", task.getTaskDefinitionKey())
                        .isBeforeOrEqualTo(OffsetDateTime.ofInstant(task.getCreateTime().toInstant(), ZoneId.systemDefault()));
            }
        }
        assertThat(activities.findByContractIdOrderByKindAscSequenceNoAsc(contract.getId()))
                .allMatch(activity -> activity.getStatus() == OversightStatus.CANCELLED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(waiting.getId()).count()).isZero();
        assertThat(arrangement.runningOversight(contract)).isZero();

        JsonNode termination = json.readTree(RestClient.as(port, "olivia")
                .get("/api/contracts/" + contract.getId() + "/termination").body());
        assertThat(termination.path("activeAccessGrants").asInt()).isZero();
        assertThat(termination.path("accessRevokedCount").asInt()).isEqualTo(2);
        assertThat(termination.path("reason").asText()).isEqualTo("REGULATOR_ORDER");
        assertThat(termination.path("startedBy").asText()).isEqualTo("mark");
        assertThat(termination.path("deadlineDays").asInt()).isEqualTo(30);
        assertThat(termination.path("processInstanceId").asText()).isEqualTo(instanceId);

        HttpResponse<String> again = RestClient.as(port, "mark").post(START_TERMINATION, body);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already being terminated");
    }

    @Test
    void aTerminationStartedThroughTheApi_answersWithNoAccessLeft() throws Exception {
        arrangement.activeGrant(contract, "Chen Wei");
        arrangement.serviceAsset(contract, "ID card images");
        String path = "/api/contracts/" + contract.getId() + "/termination";

        assertThat(RestClient.as(port, "ivan").post(path, "{\"reason\":\"TERMINATED\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = RestClient.as(port, "lena").post(path, "{\"notes\":\"no reason given\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(RestClient.as(port, "lena").put("/api/contracts/" + contract.getId() + "/termination-deadline",
                "{\"days\":0}").statusCode()).isEqualTo(400);
        HttpResponse<String> deadline = RestClient.as(port, "lena").put("/api/contracts/" + contract.getId()
                + "/termination-deadline", "{\"days\":45}");
        assertThat(deadline.statusCode()).isEqualTo(200);
        assertThat(json.readTree(deadline.body()).path("terminationDeadlineDays").asInt()).isEqualTo(45);

        HttpResponse<String> started = RestClient.as(port, "lena").post(path,
                "{\"reason\":\"RESCINDED\",\"notes\":\"breach of the confidentiality clause\"}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).hasValue(path);
        JsonNode termination = json.readTree(started.body());
        assertThat(termination.path("activeAccessGrants").asInt()).isZero();
        assertThat(termination.path("accessRevokedCount").asInt()).isEqualTo(1);
        assertThat(termination.path("deadlineDays").asInt()).isEqualTo(45);
        assertThat(termination.path("assetsToDispose").get(0).path("name").asText()).isEqualTo("ID card images");
        assertThat(RestClient.as(port, "lena").post(path, "{\"reason\":\"RESCINDED\"}").statusCode()).isEqualTo(409);
        assertThat(RestClient.as(port, "lena").post("/api/contracts/999999/termination", "{\"reason\":\"RESCINDED\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeThroughRest_markedSignificant_reachesTheInfosecTask() throws Exception {
        String message = "{\"messageName\":\"" + ChangeReassessmentProcess.MESSAGE_SERVICE_CHANGE_NOTIFIED + "\","
                + "\"businessKey\":\"" + contract.getId() + "\",\"resultEnabled\":true,\"processVariables\":{"
                + "\"contractId\":{\"value\":" + contract.getId() + ",\"type\":\"Long\"},"
                + "\"changeType\":{\"value\":\"DATA_LOCATION\"},"
                + "\"changeDescription\":{\"value\":\"ID images move to a data centre in Singapore\"}}}";
        assertThat(RestClient.as(port, "olivia").post("/engine-rest/message", message).statusCode()).isEqualTo(403);
        Contract draft = arrangement.draftContract(vendor);
        HttpResponse<String> refused = RestClient.as(port, "alice").post("/engine-rest/message",
                message.replace("\"value\":" + contract.getId() + ",", "\"value\":" + draft.getId() + ","));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Contract " + draft.getId() + " is DRAFTING");
        HttpResponse<String> notified = RestClient.as(port, "alice").post("/engine-rest/message", message);
        assertThat(notified.statusCode()).as(notified.body()).isEqualTo(200);
        String instanceId = json.readTree(notified.body()).get(0).path("processInstance").path("id").asText();

        RestClient lead = RestClient.as(port, PROJECT_LEAD);
        JsonNode analysis = json.readTree(lead.get("/engine-rest/task?processInstanceId=" + instanceId).body());
        assertThat(analysis).hasSize(1);
        assertThat(analysis.get(0).path("taskDefinitionKey").asText()).isEqualTo(ChangeReassessmentProcess.Elements.ANALYSE_IMPACT);
        String impact = "{\"variables\":{"
                + "\"confidentialityImpact\":{\"value\":\"HIGH\"},\"confidentialityReason\":{\"value\":\"customer ID images leave Taiwan\"},"
                + "\"integrityImpact\":{\"value\":\"LOW\"},\"integrityReason\":{\"value\":\"same software\"},"
                + "\"availabilityImpact\":{\"value\":\"MEDIUM\"},\"availabilityReason\":{\"value\":\"longer network path\"}}}";
        assertThat(RestClient.as(port, "ivan").post("/engine-rest/task/" + analysis.get(0).path("id").asText()
                + "/complete", impact).statusCode()).isEqualTo(403);
        HttpResponse<String> analysed = lead.post("/engine-rest/task/" + analysis.get(0).path("id").asText()
                + "/complete", impact);
        assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(204);

        JsonNode infosecTasks = json.readTree(RestClient.as(port, "ivan")
                .get("/engine-rest/task?processInstanceId=" + instanceId).body());
        assertThat(infosecTasks).hasSize(1);
        assertThat(infosecTasks.get(0).path("taskDefinitionKey").asText())
                .isEqualTo(ChangeReassessmentProcess.Elements.ASSESS_RISK);
        assertThat(taskService.getIdentityLinksForTask(infosecTasks.get(0).path("id").asText()))
                .anyMatch(link -> "infosec".equals(link.getGroupId()));
        JsonNode change = json.readTree(RestClient.as(port, "ivan").get("/api/contracts/" + contract.getId()
                + "/changes").body()).get(0);
        assertThat(change.path("significant").asBoolean()).isTrue();
        assertThat(change.path("status").asText()).isEqualTo("ANALYSED");
        assertThat(change.path("analysedBy").asText()).isEqualTo(PROJECT_LEAD);
        assertThat(change.path("reportedBy").asText()).isEqualTo("alice");
    }

    @Test
    void aChangeReportedThroughTheApi_startsTheReassessment() throws Exception {
        String path = "/api/contracts/" + contract.getId() + "/changes";
        String body = "{\"changeType\":\"SUBCONTRACTOR\",\"description\":\"monitoring moves to a subcontractor\","
                + "\"source\":\"INTERNAL_REQUEST\",\"effectiveOn\":\"2030-01-01\"}";
        assertThat(RestClient.as(port, "mark").post(path, body).statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "ivan").post(path, "{\"changeType\":\"SUBCONTRACTOR\"}").statusCode())
                .isEqualTo(400);
        assertThat(RestClient.as(port, "ivan").post("/api/contracts/999999/changes", body).statusCode())
                .isEqualTo(404);

        HttpResponse<String> reported = RestClient.as(port, "ivan").post(path, body);

        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode change = json.readTree(reported.body());
        assertThat(reported.headers().firstValue("Location")).hasValue("/api/changes/" + change.path("id").asLong());
        assertThat(change.path("status").asText()).isEqualTo("REPORTED");
        assertThat(change.path("reportedBy").asText()).isEqualTo("ivan");
        assertThat(change.path("effectiveOn").asText()).isEqualTo("2030-01-01");
        assertThat(taskService.createTaskQuery().processInstanceId(change.path("processInstanceId").asText())
                .singleResult().getTaskDefinitionKey()).isEqualTo(ChangeReassessmentProcess.Elements.ANALYSE_IMPACT);
        assertThat(RestClient.as(port, "olivia").get("/api/changes/" + change.path("id").asLong()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void informationAssets_areRegisteredPerServiceOrContract() throws Exception {
        String asset = "{\"name\":\"ID card images\",\"classification\":\"SECRET\",\"location\":\"vendor test lab\","
                + "\"tradeSecret\":false}";
        String servicePath = "/api/services/" + contract.getService().getId() + "/information-assets";
        String contractPath = "/api/contracts/" + contract.getId() + "/information-assets";

        assertThat(RestClient.as(port, "olivia").post(servicePath, asset).statusCode()).isEqualTo(403);
        HttpResponse<String> noName = RestClient.as(port, "alice").post(servicePath,
                "{\"classification\":\"SECRET\"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
        assertThat(RestClient.as(port, "alice").post(servicePath, "{\"name\":\"x\",\"classification\":\"TOP\"}")
                .statusCode()).isEqualTo(400);
        assertThat(RestClient.as(port, "alice").post(servicePath, asset).statusCode()).isEqualTo(201);
        HttpResponse<String> own = RestClient.as(port, "ivan").post(contractPath,
                "{\"name\":\"Model source\",\"classification\":\"CONFIDENTIAL\",\"tradeSecret\":true}");
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(json.readTree(own.body()).path("contractId").asLong()).isEqualTo(contract.getId());

        JsonNode ofContract = json.readTree(RestClient.as(port, "olivia").get(contractPath).body());
        assertThat(ofContract).hasSize(2);
        assertThat(ofContract.get(0).path("status").asText()).isEqualTo("IN_USE");
        assertThat(json.readTree(RestClient.as(port, "olivia").get(servicePath).body())).hasSize(2);
    }

    private void ensureProjectLead() {
        if (identityService.createGroupQuery().groupId(Groups.PROJECT_LEADS).count() == 0) {
            Group group = identityService.newGroup(Groups.PROJECT_LEADS);
            group.setName("專案負責人 Project leads");
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(PROJECT_LEAD).count() == 0) {
            User user = identityService.newUser(PROJECT_LEAD);
            user.setFirstName("Pia");
            user.setLastName("Project lead");
            user.setPassword(RestClient.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(PROJECT_LEAD, Groups.PROJECT_LEADS);
        }
    }
}
