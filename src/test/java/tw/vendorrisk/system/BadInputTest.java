package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
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
import tw.vendorrisk.support.WebappClient;
import tw.vendorrisk.support.AppTest;

/**
 * The bad-input table of docs/security.md, row by row, against the running application: each wrong
 * input gets its status and a message that names the problem, and the database (register and engine,
 * every table) holds exactly what it held before.
 */
@AppTest
class BadInputTest {

    static final String START_SELECTION = "/engine-rest/process-definition/key/" + VendorSelectionProcess.KEY + "/start";
    static final String START_CONTRACT = "/engine-rest/process-definition/key/" + ContractSigningProcess.KEY + "/start";
    static final String CHECK = "/api/contract-checks?category=1";
    static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";
    static final String UNKNOWN_TAX_ID = RegisterFixture.TAX_ID_B;
    static final String NEW_TAX_ID = RegisterFixture.TAX_ID_D;

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired DatabaseSnapshot database;
    final ObjectMapper json = new ObjectMapper();

    /** What a row works on: a registered vendor, a selection at its capability task, a contract at its upload. */
    record Context(RestClient alice, RestClient admin, WebappClient tasklist, Long vendorId, Long serviceId,
            String capabilityTaskId, String uploadTaskId) {
    }

    record Row(String name, Consumer<Context> before, Function<Context, HttpResponse<String>> request, int status,
            String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    Context context;

    @BeforeEach
    void setUp() {
        identityService.clearAuthentication();
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        String selection = runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY,
                Map.of("serviceDescription", "Core system maintenance", "vendorTaxId", RegisterFixture.TAX_ID_A,
                        "criticality", "HIGH", "annualSpend", 900000, "systemMaintenance", true)).getId();
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("Document scanning", false, false, true,
                false, Criticality.NORMAL, new BigDecimal("300000"), null, null), ServiceStatus.ACTIVE).getId();
        String contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)).getId();
        WebappClient tasklist = new WebappClient(port);
        assertThat(tasklist.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        context = new Context(RestClient.as(port, "alice"), RestClient.as(port, "admin"), tasklist, vendor.getId(),
                serviceId,
                taskService.createTaskQuery().processInstanceId(selection).singleResult().getId(),
                taskService.createTaskQuery().processInstanceId(contract).singleResult().getId());
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithAClearMessage_andWritesNothing(Row row) throws Exception {
        row.before().accept(context);
        Map<String, Integer> before = database.take();

        HttpResponse<String> response = row.request().apply(context);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(row.status());
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("message").asText()).as(response.body()).contains(row.message());
        assertThat(database.take()).as("rows in every table").isEqualTo(before);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // the register over /api
                row("POST /api/vendors: a vendor without a name",
                        c -> c.alice().post("/api/vendors", "{\"taxId\":\"" + NEW_TAX_ID + "\"}"),
                        400, "name"),
                row("POST /api/vendors: a market share that is not a number",
                        c -> c.alice().post("/api/vendors", "{\"name\":\"Lida\",\"taxId\":\"" + NEW_TAX_ID
                                + "\",\"marketSharePercent\":\"lots\"}"),
                        400, "Invalid request: marketSharePercent must be a number, not \"lots\""),
                row("POST /api/vendors: a tax ID with a bad checksum",
                        c -> c.alice().post("/api/vendors", "{\"name\":\"Lida\",\"taxId\":\"12345678\"}"),
                        400, "統一編號"),
                row("POST /api/vendors: a duplicate vendor",
                        c -> c.alice().post("/api/vendors", "{\"name\":\"Other name\",\"taxId\":\""
                                + RegisterFixture.TAX_ID_A + "\"}"),
                        409, "already in the register"),
                row("POST /api/vendors: a body that is not JSON",
                        c -> c.alice().post("/api/vendors", "{\"name\":"),
                        400, "not valid JSON"),
                row("POST /api/vendors/{id}/certificates: an unknown vendor",
                        c -> c.alice().post("/api/vendors/999999/certificates",
                                "{\"type\":\"ISO_27001\",\"number\":\"C-1\",\"expiresOn\":\"2030-01-01\"}"),
                        404, "Vendor 999999 does not exist"),
                row("POST /api/vendors/{id}/certificates: an unknown certificate type",
                        c -> c.alice().post("/api/vendors/" + c.vendorId() + "/certificates",
                                "{\"type\":\"ISO_9001\",\"number\":\"C-1\",\"expiresOn\":\"2030-01-01\"}"),
                        400, "Invalid request: type must be one of ISO_27001, ISO_27017, ISO_27018, CSA_STAR, not \"ISO_9001\""),
                row("POST /api/vendors/{id}/ndas: an NDA signed in the future",
                        c -> c.alice().post("/api/vendors/" + c.vendorId() + "/ndas",
                                "{\"reference\":\"NDA-1\",\"signedOn\":\"2999-01-01\"}"),
                        400, "signedOn must be a date in the past or in the present"),
                row("POST /api/vendors/{id}/ndas: a vendor id that is not a number",
                        c -> c.alice().post("/api/vendors/abc/ndas", "{\"reference\":\"NDA-1\",\"signedOn\":\"2020-01-01\"}"),
                        400, "Parameter 'id' has an invalid value 'abc'"),
                row("PUT /api/organization: a protection level out of range",
                        c -> c.admin().put("/api/organization", "{\"name\":\"Test Securities\",\"securitiesProtectionLevel\":9}"),
                        400, "securitiesProtectionLevel must be less than or equal to 5"),
                // the clause check over /api
                row("POST /api/contract-checks: an unreadable file",
                        c -> c.alice().postFile(CHECK, "file", "contract.pdf", "application/pdf",
                                "%PDF-1.7 not really a PDF".getBytes()),
                        400, "cannot be read as"),
                row("POST /api/contract-checks: a file of an unsupported type",
                        c -> c.alice().postFile(CHECK, "file", "contract.exe", "application/x-msdownload", new byte[] {77, 90, 0, 1}),
                        400, "not a supported contract format"),
                row("POST /api/contract-checks: no file part",
                        c -> c.alice().postFile(CHECK, "document", "contract.txt", "text/plain", "第一條".getBytes()),
                        400, "has no part 'file'"),
                row("POST /api/contract-checks: an organization category that does not exist",
                        c -> c.alice().post("/api/contract-checks?category=3", "text/plain; charset=UTF-8", sample()),
                        400, "category must be 1 or 2"),
                row("GET /api/contract-checks/{id}: an unknown check",
                        c -> c.alice().get("/api/contract-checks/999999"),
                        404, "Clause check 999999 does not exist"),
                row("GET /api/contracts/{id}/documents/{id}: an unknown contract",
                        c -> c.alice().get("/api/contracts/999999/documents/1"),
                        404, "does not exist"),
                // starts over engine REST
                row("start vendor-selection: a missing variable",
                        c -> c.alice().post(START_SELECTION, start(Map.of("annualSpend", LEAVE_OUT))),
                        400, "Missing required variable 'annualSpend'"),
                row("start vendor-selection: a variable of the wrong type",
                        c -> c.alice().post(START_SELECTION, start(Map.of("annualSpend", "\"a lot\""))),
                        400, "Variable 'annualSpend' must be a number"),
                row("start vendor-selection: an unknown vendor",
                        c -> c.alice().post(START_SELECTION, start(Map.of("vendorTaxId", "\"" + UNKNOWN_TAX_ID + "\""))),
                        400, "No vendor with tax ID (統一編號) " + UNKNOWN_TAX_ID),
                row("start vendor-selection: a tax ID with a bad checksum",
                        c -> c.alice().post(START_SELECTION, start(Map.of("vendorTaxId", "\"12345678\""))),
                        400, "12345678 is not a valid unified business number"),
                row("start vendor-selection: a variable the process sets itself",
                        c -> c.alice().post(START_SELECTION, start(Map.of("serviceId", String.valueOf(c.serviceId())))),
                        400, "Variable 'serviceId' is set by the selection itself"),
                row("start vendor-selection: a Java-serialized object",
                        c -> c.alice().post(START_SELECTION, start(Map.of("extra",
                                "\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}"))),
                        400, "Java serialization format is prohibited"),
                row("start contract-signing: an unknown service",
                        c -> c.alice().post(START_CONTRACT, "{\"variables\":{\"serviceId\":{\"value\":999999,\"type\":\"Long\"}}}"),
                        400, "Service 999999 does not exist."),
                row("start contract-signing: no serviceId",
                        c -> c.alice().post(START_CONTRACT, "{\"variables\":{}}"),
                        400, "Missing required variable 'serviceId'"),
                row("start contract-signing: a serviceId that is not a number",
                        c -> c.alice().post(START_CONTRACT, "{\"variables\":{\"serviceId\":{\"value\":\"abc\",\"type\":\"String\"}}}"),
                        400, "Variable 'serviceId' must be a long"),
                row("start: an unknown process",
                        c -> c.alice().post("/engine-rest/process-definition/key/no-such-process/start", "{}"),
                        404, "No matching process definition with key: no-such-process"),
                // task completions over engine REST
                row("complete: a task completed twice",
                        c -> assertThat(c.alice().post("/engine-rest/task/" + c.capabilityTaskId() + "/complete",
                                capability(4)).statusCode()).isEqualTo(204),
                        c -> c.alice().post("/engine-rest/task/" + c.capabilityTaskId() + "/complete", capability(4)),
                        404, "Cannot find task"),
                row("complete: an unknown task",
                        c -> c.alice().post("/engine-rest/task/no-such-task/complete", capability(4)),
                        404, "Cannot find task with id no-such-task"),
                row("complete: missing variables",
                        c -> c.alice().post("/engine-rest/task/" + c.capabilityTaskId() + "/complete", "{\"variables\":{}}"),
                        400, "Missing required variable 'financialScore'."),
                row("complete: a score out of range",
                        c -> c.alice().post("/engine-rest/task/" + c.capabilityTaskId() + "/complete", capability(7)),
                        400, "Variable 'financialScore' must be a score from 1 to 5, not 7."),
                row("complete: a variable of the wrong type",
                        c -> c.alice().post("/engine-rest/task/" + c.capabilityTaskId() + "/complete",
                                capability(4).replace("\"vendorCapable\":{\"value\":true}",
                                        "\"vendorCapable\":{\"value\":\"maybe\"}")),
                        400, "Variable 'vendorCapable' must be a boolean"),
                row("complete: an unreadable contract file",
                        c -> c.alice().post("/engine-rest/task/" + c.uploadTaskId() + "/complete", draft("contract.pdf",
                                "application/pdf", "%PDF-1.7 not really a PDF".getBytes())),
                        400, "cannot be read as"),
                row("complete: an empty contract file",
                        c -> c.alice().post("/engine-rest/task/" + c.uploadTaskId() + "/complete", draft("contract.txt",
                                "text/plain", new byte[0])),
                        400, "empty"),
                row("complete: a contract draft over 10 MB",
                        c -> c.alice().post("/engine-rest/task/" + c.uploadTaskId() + "/complete", draft("contract.txt",
                                "text/plain", new byte[ContractSigningProcess.MAX_FILE_BYTES + 1])),
                        400, "contracts of up to 10 MB are accepted"),
                row("complete: no contract file",
                        c -> c.alice().post("/engine-rest/task/" + c.uploadTaskId() + "/complete", "{\"variables\":{}}"),
                        400, "Choose the contract draft"),
                // messages over engine REST
                row("message: contract requested for an unknown service",
                        c -> c.alice().post("/engine-rest/message", "{\"messageName\":\""
                                + ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED + "\",\"businessKey\":\"999999\","
                                + "\"processVariables\":{\"serviceId\":{\"value\":999999,\"type\":\"Long\"}}}"),
                        400, "Service 999999 does not exist."),
                row("message: a message no definition or instance waits for",
                        c -> c.alice().post("/engine-rest/message", "{\"messageName\":\"Msg_NoSuchMessage\"}"),
                        400, "No process definition or execution matches the parameters"),
                row("message: a message for a business key no instance has",
                        c -> c.alice().post("/engine-rest/message", "{\"messageName\":\"Msg_NoSuchMessage\","
                                + "\"businessKey\":\"999999\"}"),
                        400, "No process definition or execution matches the parameters"),
                row("message: no message name",
                        c -> c.alice().post("/engine-rest/message", "{}"),
                        400, "No message name supplied"),
                // the same engine API behind Tasklist
                row("Tasklist start form: a missing variable",
                        c -> c.tasklist().post(TASKLIST_ENGINE + "/process-definition/key/" + VendorSelectionProcess.KEY
                                + "/submit-form", "application/json", start(Map.of("serviceDescription", LEAVE_OUT)), true),
                        400, "Missing required variable 'serviceDescription'"),
                row("Tasklist task form: a score out of range",
                        c -> c.tasklist().post(TASKLIST_ENGINE + "/task/" + c.capabilityTaskId() + "/submit-form",
                                "application/json", capability(7), true),
                        400, "Variable 'financialScore' must be a score from 1 to 5, not 7."));
    }

    static Arguments row(String name, Function<Context, HttpResponse<String>> request, int status, String message) {
        return row(name, c -> { }, request, status, message);
    }

    static Arguments row(String name, Consumer<Context> before, Function<Context, HttpResponse<String>> request,
            int status, String message) {
        return Arguments.of(new Row(name, before, request, status, message));
    }

    static final String LEAVE_OUT = "(leave out)";

    /** A vendor-selection start body for a known vendor, with the given variables replaced (raw JSON values). */
    static String start(Map<String, String> overrides) {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        variables.put("serviceDescription", "\"Core system maintenance\"");
        variables.put("vendorTaxId", "\"" + RegisterFixture.TAX_ID_A + "\"");
        variables.put("criticality", "\"HIGH\"");
        variables.put("annualSpend", "1200000");
        variables.putAll(overrides);
        StringBuilder body = new StringBuilder("{\"variables\":{");
        variables.values().removeIf(LEAVE_OUT::equals);
        variables.forEach((name, value) -> body.append(body.length() > 14 ? "," : "").append('"').append(name)
                .append("\":{\"value\":").append(value).append('}'));
        return body.append("}}").toString();
    }

    static byte[] sample() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src", "test", "resources", "contracts",
                    "sample-contract.zh-TW.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String capability(int score) {
        return "{\"variables\":{\"financialScore\":{\"value\":" + score + "},\"managementScore\":{\"value\":4},"
                + "\"professionalScore\":{\"value\":4},\"operatingScore\":{\"value\":4},\"trackRecordScore\":{\"value\":4},"
                + "\"capabilityNotes\":{\"value\":\"ok\"},\"vendorCapable\":{\"value\":true}}}";
    }

    static String draft(String fileName, String mimeType, byte[] content) {
        return "{\"variables\":{\"" + ContractSigningProcess.Variables.CONTRACT_DRAFT + "\":{\"type\":\"File\",\"value\":\""
                + Base64.getEncoder().encodeToString(content) + "\",\"valueInfo\":{\"filename\":\"" + fileName
                + "\",\"mimetype\":\"" + mimeType + "\"}}}}";
    }
}
