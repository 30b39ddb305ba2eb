package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.common.ForbiddenException;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * Issue 16, item 7: the read-only users olivia (process-owners) and mark (managers) added comments to
 * and added and deleted attachments of any task, other groups' tasks included: Camunda checks no
 * right for these commands. Now only who may work on the task (its candidate group, its assignee, an
 * administrator) may; everyone else gets {@code 403} and nothing is written or deleted, over engine
 * REST, the webapps' API behind Tasklist and the Java API alike.
 */
@AppTest
class ForeignTaskCommentAttachmentTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    String processInstance;
    /** Procurement's task: upload the contract draft. */
    String uploadTask;
    /** The managers' task: approve a clause waiver. */
    String approvalTask;

    @BeforeEach
    void setUp() {
        fixture.reset();
        OutsourcedService service = register.addService(fixture.vendor(RegisterFixture.TAX_ID_A, "Notes Co.", "5")
                .getId(), new ServiceProfile("Payroll", false, false, false, false, Criticality.NORMAL,
                        new BigDecimal("100000"), null, null), ServiceStatus.ACTIVE);
        processInstance = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY, Map.of(
                ContractSigningProcess.Variables.SERVICE_ID.name(), service.getId(),
                ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), "RENEWAL")).getId();
        uploadTask = taskService.createTaskQuery().processInstanceId(processInstance)
                .taskDefinitionKey(ContractSigningProcess.Elements.UPLOAD_DRAFT).singleResult().getId();
        String waiver = runtimeService.createProcessInstanceByKey(ContractSigningProcess.KEY)
                .startBeforeActivity(ContractSigningProcess.Elements.APPROVE_WAIVER)
                .setVariable(ContractSigningProcess.Variables.CONTRACT_ID.name(), 1L).execute().getId();
        approvalTask = taskService.createTaskQuery().processInstanceId(waiver).singleResult().getId();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void readOnlyUsers_cannotCommentOnOrAttachToAnotherGroupsTask_overEngineRest() {
        for (String[] attempt : new String[][] {{"olivia", uploadTask}, {"mark", uploadTask}, {"olivia", approvalTask}}) {
            RestClient client = RestClient.as(port, attempt[0]);
            HttpResponse<String> comment = client.post("/engine-rest/task/" + attempt[1] + "/comment/create",
                    "{\"message\":\"[x](https://evil.example) from " + attempt[0] + "\"}");
            assertThat(comment.statusCode()).as(attempt[0] + " " + comment.body()).isEqualTo(403);
            assertThat(comment.body()).contains("AuthorizationException").contains(attempt[0]);

            HttpResponse<String> attachment = createAttachment(client, attempt[1], "from-" + attempt[0] + ".txt");
            assertThat(attachment.statusCode()).as(attempt[0] + " " + attachment.body()).isEqualTo(403);
        }
        assertThat(taskService.getTaskComments(uploadTask)).isEmpty();
        assertThat(taskService.getTaskAttachments(uploadTask)).isEmpty();
        assertThat(taskService.getTaskComments(approvalTask)).isEmpty();
        assertThat(taskService.getTaskAttachments(approvalTask)).isEmpty();

        // the task's own group may
        RestClient mark = RestClient.as(port, "mark");
        HttpResponse<String> comment = mark.post("/engine-rest/task/" + approvalTask + "/comment/create",
                "{\"message\":\"asked legal for the revised draft\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
        HttpResponse<String> attachment = createAttachment(mark, approvalTask, "minutes.txt");
        assertThat(attachment.statusCode()).as(attachment.body()).isEqualTo(200);
        assertThat(taskService.getTaskComments(approvalTask)).extracting(Comment::getUserId).containsExactly("mark");
        assertThat(taskService.getTaskAttachments(approvalTask)).extracting(Attachment::getName)
                .containsExactly("minutes.txt");
    }

    @Test
    void readOnlyUsers_cannotDeleteAnotherGroupsAttachment() throws Exception {
        identityService.setAuthentication("alice", List.of("procurement"));
        String procurements = taskService.createAttachment("text/plain", uploadTask, null, "minutes.txt", null,
                new ByteArrayInputStream("meeting notes".getBytes(StandardCharsets.UTF_8))).getId();
        identityService.clearAuthentication();
        RestClient mark = RestClient.as(port, "mark");
        String managers = JSON.readTree(createAttachment(mark, approvalTask, "decision.txt").body()).get("id").asText();

        for (String[] attempt : new String[][] {{"olivia", uploadTask, procurements}, {"mark", uploadTask, procurements},
                {"olivia", approvalTask, managers}}) {
            HttpResponse<String> deleted = RestClient.as(port, attempt[0]).send("DELETE",
                    "/engine-rest/task/" + attempt[1] + "/attachment/" + attempt[2]);
            assertThat(deleted.statusCode()).as(attempt[0] + " " + deleted.body()).isEqualTo(403);
        }
        assertThat(taskService.getTaskAttachments(uploadTask)).extracting(Attachment::getId).containsExactly(procurements);
        assertThat(taskService.getTaskAttachments(approvalTask)).extracting(Attachment::getId).containsExactly(managers);

        assertThat(mark.send("DELETE", "/engine-rest/task/" + approvalTask + "/attachment/" + managers).statusCode())
                .isEqualTo(204);
        assertThat(taskService.getTaskAttachments(approvalTask)).isEmpty();
    }

    @Test
    void managers_mayNoteTheirOwnTasksOnly_inTasklist() {
        WebappClient tasklist = new WebappClient(port);
        tasklist.openTasklist();
        assertThat(tasklist.logIn("mark", RestClient.DEMO_PASSWORD)).isTrue();
        HttpResponse<String> foreign = tasklist.post("/camunda/api/engine/engine/default/task/" + uploadTask
                + "/comment/create", "application/json", "{\"message\":\"not mine\"}", true);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        HttpResponse<String> own = tasklist.post("/camunda/api/engine/engine/default/task/" + approvalTask
                + "/comment/create", "application/json", "{\"message\":\"asked legal\"}", true);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);

        assertThat(taskService.getTaskComments(uploadTask)).isEmpty();
        assertThat(taskService.getTaskComments(approvalTask)).extracting(Comment::getFullMessage)
                .containsExactly("asked legal");
    }

    @Test
    void theJavaApi_refusesToo_andAProcessInstanceCommentNeedsTheRightToChangeTheInstance() {
        identityService.setAuthentication("olivia", List.of("process-owners"));
        assertThatThrownBy(() -> taskService.createComment(uploadTask, null, "x"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("olivia");
        assertThatThrownBy(() -> taskService.createAttachment("text/plain", uploadTask, null, "x.txt", null,
                new ByteArrayInputStream(new byte[] {1}))).isInstanceOf(ForbiddenException.class);
        identityService.setAuthentication("alice", List.of("procurement"));
        assertThatThrownBy(() -> taskService.createComment(null, processInstance, "x"))
                .isInstanceOf(ForbiddenException.class);
        // procurement's own task
        taskService.createComment(uploadTask, null, "draft follows on Monday");
        identityService.clearAuthentication();

        assertThat(taskService.getTaskComments(uploadTask)).extracting(Comment::getUserId).containsExactly("alice");
        assertThat(taskService.getProcessInstanceComments(processInstance)).isEmpty();
        assertThat(taskService.getTaskAttachments(uploadTask)).isEmpty();
        // the application itself (no user) is not limited
        taskService.createComment(null, processInstance, "reminder sent");
        assertThat(taskService.getProcessInstanceComments(processInstance)).hasSize(1);
    }

    private static HttpResponse<String> createAttachment(RestClient client, String taskId, String name) {
        String boundary = "----vendor-risk-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> part : Map.of("attachment-name", name, "attachment-type", "text/plain",
                "attachment-description", "notes").entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"\r\n\r\n" + part.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\nmeeting notes\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return client.post("/engine-rest/task/" + taskId + "/attachment/create", "multipart/form-data; boundary="
                + boundary, body.toByteArray());
    }
}
