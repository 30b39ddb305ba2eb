package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.contract.ContractSigningProcess.Elements;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * Issue 16, item 6: the managers' waiver form rendered the gap list as Markdown, and what legal had
 * submitted showed up in it as a live link to another site and an external image. The waiver form now
 * shows the gaps of the clause check the register keeps, written by the application's delegate, and
 * shows them and legal's notes as plain text: no Markdown component of it inserts any value.
 */
@AppTest
class WaiverFormMarkdownInjectionTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");
    static final String MARKDOWN = "[x](https://evil.example) ![](https://evil.example/i.png)";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ContractService contracts;

    ProcessInstance contract;

    @BeforeEach
    void setUp() throws Exception {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Waiver Co.", "5");
        OutsourcedService service = register.addService(vendor.getId(), new ServiceProfile("ID card recognition",
                false, false, true, false, Criticality.HIGH, new BigDecimal("900000"), null, null), ServiceStatus.ACTIVE);
        contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY, Map.of(
                Variables.SERVICE_ID.name(), service.getId(), Variables.CONTRACT_PURPOSE.name(), "RENEWAL"));
        FileValue draft = org.camunda.bpm.engine.variable.Variables.fileValue("sample-contract.txt")
                .file(Files.readAllBytes(SAMPLE)).mimeType("text/plain").create();
        identityService.setAuthentication("alice", List.of("procurement"));
        try {
            taskService.complete(openTask(), Map.of(Variables.CONTRACT_DRAFT, draft));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void legalsMarkdown_neverRendersInTheManagersWaiverForm() throws Exception {
        RestClient lena = RestClient.as(port, "lena");
        String review = openTask();
        HttpResponse<String> smuggled = lena.post("/engine-rest/task/" + review + "/complete", json(Map.of(
                "variables", Map.of("reviewOutcome", Map.of("value", "WAIVER"), "legalNotes", Map.of("value", "see gaps"),
                        Variables.GAP_SUMMARY.name(), Map.of("value", MARKDOWN)))));
        assertThat(smuggled.statusCode()).as("the gaps are not legal's to write: " + smuggled.body()).isEqualTo(400);
        assertThat(smuggled.body()).contains(Variables.GAP_SUMMARY.name());

        HttpResponse<String> reviewed = lena.post("/engine-rest/task/" + review + "/complete", json(Map.of(
                "variables", Map.of("reviewOutcome", Map.of("value", "WAIVER"),
                        "legalNotes", Map.of("value", "Please waive: " + MARKDOWN)))));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(204);

        RestClient mark = RestClient.as(port, "mark");
        String approval = taskService.createTaskQuery().processInstanceId(contract.getId())
                .taskDefinitionKey(Elements.APPROVE_WAIVER).singleResult().getId();
        HttpResponse<String> deployed = mark.get("/engine-rest/task/" + approval + "/deployed-form");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode form = JSON.readTree(deployed.body());
        assertThat(form.path("id").asText()).isEqualTo("approve-clause-waiver");

        // no Markdown component inserts a value; the gaps and legal's notes show in disabled text areas
        assertThat(components(form)).filteredOn(component -> "text".equals(component.path("type").asText()))
                .allSatisfy(component -> assertThat(component.path("text").asText()).doesNotContain("{{"));
        assertThat(plainTextField(form, Variables.GAP_SUMMARY.name())).isTrue();
        assertThat(plainTextField(form, Variables.LEGAL_NOTES.name())).isTrue();

        // the gaps shown are the stored clause check's, not anything a person submitted
        JsonNode shown = JSON.readTree(mark.get("/engine-rest/task/" + approval + "/form-variables").body());
        Long checkId = (Long) runtimeService.getVariable(contract.getId(), Variables.CLAUSE_CHECK_ID.name());
        ClauseCheckReport stored = contracts.keptCheck(checkId).report();
        assertThat(stored.gaps()).isNotEmpty();
        String gaps = shown.path(Variables.GAP_SUMMARY.name()).path("value").asText();
        assertThat(gaps).isEqualTo(CheckContractClausesDelegate.gapSummary(stored)).doesNotContain("evil.example");
        assertThat(shown.path(Variables.LEGAL_NOTES.name()).path("value").asText()).contains(MARKDOWN);

        // the form completes as Tasklist submits it: its disabled fields are not sent
        HttpResponse<String> decided = mark.post("/engine-rest/task/" + approval + "/submit-form", json(Map.of(
                "variables", Map.of("waiverApproved", Map.of("value", false),
                        "waiverReason", Map.of("value", "revise the draft")))));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    }

    @Test
    void noFormLetsAPersonSetTheGaps_andNoFormRendersAValueAsMarkdown() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                for (JsonNode component : components(form)) {
                    if (Variables.GAP_SUMMARY.name().equals(component.path("key").asText())
                            && !component.path("disabled").asBoolean(false)) {
                        offences.add(file.getFileName() + " lets a person set " + Variables.GAP_SUMMARY.name());
                    }
                    if ("text".equals(component.path("type").asText())
                            && component.path("text").asText().contains("{{")) {
                        offences.add(file.getFileName() + " " + component.path("id").asText() + " renders a value as Markdown");
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    /** A field that shows a variable as plain text and submits nothing: a disabled text area or text field. */
    private static boolean plainTextField(JsonNode form, String key) {
        return components(form).stream().anyMatch(component -> key.equals(component.path("key").asText())
                && List.of("textarea", "textfield").contains(component.path("type").asText())
                && component.path("disabled").asBoolean(false));
    }

    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private String openTask() {
        return taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult().getId();
    }

    private static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }
}
