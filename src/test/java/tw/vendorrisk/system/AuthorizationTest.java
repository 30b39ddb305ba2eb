package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.DatabaseSnapshot;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Camunda's authorizations over engine REST, for the rights that matter most: procurement neither
 * approves a concentration exception (managers) nor completes legal's contract review; a process owner
 * starts no process, by any way a process can be started; only administrators deploy models.
 */
@AppTest
class AuthorizationTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired DatabaseSnapshot database;
    final ObjectMapper json = new ObjectMapper();

    Vendor vendor;

    @BeforeEach
    void setUp() {
        identityService.clearAuthentication();
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "55");
    }

    @Test
    void procurementCannotApproveAConcentrationException() throws Exception {
        String instance = runtimeService.createProcessInstanceByKey(VendorSelectionProcess.KEY)
                .startBeforeActivity(VendorSelectionProcess.Elements.APPROVE_EXCEPTION)
                .setVariables(Map.of("vendorName", "Certified Co.", "vendorTaxId", RegisterFixture.TAX_ID_A))
                .execute().getId();
        Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(VendorSelectionProcess.Elements.APPROVE_EXCEPTION);

        assertRefusedToProcurement(approval,
                "{\"variables\":{\"exceptionApproved\":{\"value\":true},\"approvalReason\":{\"value\":\"mine now\"}}}");
        assertThat(RestClient.as(port, "mark").get("/engine-rest/task/" + approval.getId()).statusCode())
                .as("managers see it").isEqualTo(200);
    }

    @Test
    void procurementCannotCompleteLegalsContractReview() throws Exception {
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("Document scanning", false, false, true,
                false, Criticality.NORMAL, new BigDecimal("300000"), null, null), ServiceStatus.ACTIVE).getId();
        String instance = runtimeService.createProcessInstanceByKey(ContractSigningProcess.KEY)
                .startBeforeActivity(ContractSigningProcess.Elements.REVIEW_CONTRACT)
                .setVariables(Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId, "gapCount", 0))
                .execute().getId();
        Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ContractSigningProcess.Elements.REVIEW_CONTRACT);

        assertRefusedToProcurement(review,
                "{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPT\"},\"legalNotes\":{\"value\":\"fine by me\"}}}");
        assertThat(RestClient.as(port, "lena").get("/engine-rest/task/" + review.getId()).statusCode())
                .as("legal sees it").isEqualTo(200);
    }

    private void assertRefusedToProcurement(Task task, String completion) throws Exception {
        RestClient alice = RestClient.as(port, "alice");
        Map<String, Integer> before = database.take();
        String base = "/engine-rest/task/" + task.getId();

        HttpResponse<String> complete = alice.post(base + "/complete", completion);
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(403);
        assertThat(json.readTree(complete.body()).path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(alice.post(base + "/submit-form", completion).statusCode()).isEqualTo(403);
        assertThat(alice.post(base + "/claim", "{\"userId\":\"alice\"}").statusCode()).isEqualTo(403);
        assertThat(alice.post(base + "/assignee", "{\"userId\":\"alice\"}").statusCode()).isEqualTo(403);
        assertThat(alice.post(base + "/identity-links", "{\"groupId\":\"procurement\",\"type\":\"candidate\"}")
                .statusCode()).isEqualTo(403);
        assertThat(alice.get(base).statusCode()).as("not even visible").isEqualTo(404);
        assertThat(json.readTree(alice.get("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId()).body()))
                .isEmpty();

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void aProcessOwnerStartsNoProcess_byKey_byForm_orByMessage() throws Exception {
        RestClient olivia = RestClient.as(port, "olivia");
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(ProcessDefinition::getKey)
                .contains(VendorSelectionProcess.KEY, ContractSigningProcess.KEY);
        Map<String, Integer> before = database.take();

        for (ProcessDefinition definition : definitions) {
            String key = definition.getKey();
            for (String path : new String[] {"/engine-rest/process-definition/key/" + key + "/start",
                    "/engine-rest/process-definition/key/" + key + "/submit-form",
                    "/engine-rest/process-definition/" + definition.getId() + "/start"}) {
                HttpResponse<String> response = olivia.post(path, "{\"variables\":{}}");
                assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
            }
            for (String message : startMessages(definition)) {
                HttpResponse<String> response = olivia.post("/engine-rest/message",
                        "{\"messageName\":\"" + message + "\",\"businessKey\":\"1\"}");
                assertThat(response.statusCode()).as(message + " " + response.body()).isEqualTo(403);
            }
        }
        assertThat(startMessages(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ContractSigningProcess.KEY).latestVersion().singleResult()))
                .contains(ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED);
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsDeployModels() {
        String model = "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmine\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"mine.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + org.camunda.bpm.model.bpmn.Bpmn.convertToString(
                        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("mine").camundaHistoryTimeToLive(1)
                                .startEvent().endEvent().done())
                + "\r\n--b--\r\n";
        for (String user : new String[] {"alice", "ivan", "lena", "mark", "olivia"}) {
            HttpResponse<String> response = RestClient.as(port, user).post("/engine-rest/deployment/create",
                    "multipart/form-data; boundary=b", model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(user + " " + response.body()).isEqualTo(403);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("mine").count()).isZero();
    }

    private List<String> startMessages(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        // the process's own start events; a message start in an event subprocess only acts inside an instance
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .flatMap(start -> start.getEventDefinitions().stream())
                .filter(MessageEventDefinition.class::isInstance)
                .map(definitionElement -> ((MessageEventDefinition) definitionElement).getMessage())
                .filter(java.util.Objects::nonNull)
                .map(Message::getName)
                .toList();
    }
}
