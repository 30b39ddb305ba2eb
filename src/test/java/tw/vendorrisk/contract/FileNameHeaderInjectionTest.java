package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * Issue 16, item 10: the name of an uploaded file was echoed as given in the {@code Content-Disposition}
 * of engine REST's file downloads ({@code filename="…"}, unescaped), so a name such as
 * {@code a"; filename=evil.exe\r\nX: y.pdf} closed the quoted name and named another file. A file's
 * name is now made safe once, when the engine stores the file: no line breaks or other control
 * characters, no quotes or backslashes, no folders. Letters of every script stay.
 */
@AppTest
class FileNameHeaderInjectionTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");
    static final String HOSTILE = "a\"; filename=evil.exe\r\nX: y.pdf";
    /** A whole Content-Disposition as engine REST writes it: one quoted name without quote or backslash. */
    static final Pattern ONE_QUOTED_NAME = Pattern.compile("attachment; filename=\"([^\"\\\\\\r\\n]*)\"; filename\\*=UTF-8''[^\\s\";]*");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired DocumentStore documents;

    String processInstance;
    String uploadTask;

    @BeforeEach
    void setUp() {
        fixture.reset();
        OutsourcedService service = register.addService(fixture.vendor(RegisterFixture.TAX_ID_A, "Files Co.", "5")
                .getId(), new ServiceProfile("ID card recognition", false, false, true, false, Criticality.HIGH,
                        new BigDecimal("900000"), null, null), ServiceStatus.ACTIVE);
        processInstance = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY, Map.of(
                Variables.SERVICE_ID.name(), service.getId(), Variables.CONTRACT_PURPOSE.name(), "RENEWAL")).getId();
        uploadTask = taskService.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
    }

    @Test
    void aFileNameCannotInjectIntoTheDownloadHeaders_ofEngineRestAndItsHistory() throws Exception {
        // setting a task's variable outside a completion takes UPDATE_VARIABLE, which only administrators have
        HttpResponse<String> set = RestClient.as(port, "admin").put("/engine-rest/task/" + uploadTask + "/variables/"
                + Variables.CONTRACT_DRAFT, fileVariable(HOSTILE, "application/pdf", "%PDF-1.4".getBytes()));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        HistoricVariableInstance history = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstance).variableName(Variables.CONTRACT_DRAFT).singleResult();
        String variableInstance = runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstance)
                .variableName(Variables.CONTRACT_DRAFT).singleResult().getId();
        String detail = historyService.createHistoricDetailQuery().processInstanceId(processInstance).variableUpdates()
                .list().stream().map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(Variables.CONTRACT_DRAFT)).findFirst().orElseThrow()
                .getId();

        FileValue stored = runtimeService.getVariableTyped(processInstance, Variables.CONTRACT_DRAFT);
        for (String path : List.of("/engine-rest/history/variable-instance/" + history.getId() + "/data",
                "/engine-rest/history/detail/" + detail + "/data",
                "/engine-rest/variable-instance/" + variableInstance + "/data",
                "/engine-rest/task/" + uploadTask + "/variables/" + Variables.CONTRACT_DRAFT + "/data")) {
            HttpResponse<String> data = RestClient.as(port, "admin").get(path, "*/*");
            assertThat(data.statusCode()).as(path).isEqualTo(200);
            assertOneQuotedName(path, data.headers().allValues("Content-Disposition"), stored.getFilename());
        }
        assertSafe(stored.getFilename());
        assertThat(((FileValue) history.getTypedValue()).getFilename()).isEqualTo(stored.getFilename());
    }

    @Test
    void anUploadedDraft_isKeptInTheRegisterAndTheHistoryUnderItsSafeName() throws Exception {
        byte[] pdf = TestDocuments.chinesePdf(Files.readString(SAMPLE));
        String name = "..\\草稿/" + HOSTILE.replace("y.pdf", "合約草稿 v2.pdf");
        HttpResponse<String> uploaded = RestClient.as(port, "alice").post("/engine-rest/task/" + uploadTask + "/complete",
                "{\"variables\":{\"" + Variables.CONTRACT_DRAFT + "\":" + fileVariable(name, "application/pdf", pdf) + "}}");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(204);

        Long contractId = (Long) runtimeService.getVariable(processInstance, Variables.CONTRACT_ID.name());
        List<ContractDocument> kept = documents.list(contractId);
        assertThat(kept).hasSize(1);
        String safe = kept.get(0).getFileName();
        assertSafe(safe);
        assertThat(safe).endsWith("合約草稿 v2.pdf").doesNotContain("草稿/").doesNotContain("..");

        HistoricVariableUpdate detail = historyService.createHistoricDetailQuery().processInstanceId(processInstance)
                .variableUpdates().list().stream().map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(Variables.CONTRACT_DRAFT)).findFirst().orElseThrow();
        assertThat(((FileValue) detail.getTypedValue()).getFilename()).isEqualTo(safe);
        String path = "/engine-rest/history/detail/" + detail.getId() + "/data";
        HttpResponse<String> data = RestClient.as(port, "olivia").get(path, "*/*");
        assertThat(data.statusCode()).as(path).isEqualTo(200);
        // Tomcat drops a header with letters beyond Latin-1 (the Chinese name); one that is sent names one file
        assertThat(data.headers().allValues("Content-Disposition")).allSatisfy(header ->
                assertOneQuotedName(path, List.of(header), null));
    }

    private static void assertSafe(String name) {
        assertThat(name).isNotBlank().doesNotContain("\"").doesNotContain("\\").doesNotContain("/")
                .doesNotContain("\r").doesNotContain("\n").contains("evil.exe");
        assertThat(name.codePoints().noneMatch(Character::isISOControl)).as(name).isTrue();
    }

    private static void assertOneQuotedName(String path, List<String> headers, String expectedName) {
        assertThat(headers).as(path).hasSize(1);
        String header = headers.get(0);
        assertThat(header).as(path).doesNotContain("evil.exe\"").doesNotContain("\r").doesNotContain("\n");
        assertThat(header.chars().filter(c -> c == '"').count()).as(header).isEqualTo(2);
        Matcher matcher = ONE_QUOTED_NAME.matcher(header);
        assertThat(matcher.matches()).as(path + ": " + header).isTrue();
        if (expectedName != null) {
            assertThat(matcher.group(1)).isEqualTo(expectedName);
        }
    }

    private static String fileVariable(String name, String type, byte[] content) throws Exception {
        return JSON.writeValueAsString(Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
                "valueInfo", Map.of("filename", name, "mimetype", type)));
    }
}
