package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.DatabaseSnapshot;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * The decompression bombs of the security review, uploaded where a contract is uploaded: to
 * {@code POST /api/contract-checks}, and as the draft of a {@code contract-signing} task through engine
 * REST (what Tasklist sends). Each is refused within 5 s with a message in Chinese and English: 413
 * naming the field {@code file} on {@code /api}, 400 refusing the task completion on engine REST (the
 * task stays open). Nothing is written, and the application answers others meanwhile. The pom runs
 * this class with {@code -Xmx256m}.
 */
@AppTest
class ContractBombUploadTest {

    static final String CHECK = "/api/contract-checks?category=1&cloud=false&systemDevelopment=false";
    static final long FIVE_SECONDS = 5_000;

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DatabaseSnapshot database;
    final ObjectMapper json = new ObjectMapper();

    String uploadTaskId;
    static boolean warmedUp;

    /** A bomb as uploaded: its name, type, content and the start of the refusal's message. */
    record Bomb(String name, String fileName, String contentType, Supplier<byte[]> content, String refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Iterable<Arguments> bombs() {
        return java.util.List.of(
                Arguments.of(new Bomb("a .docx whose document.xml inflates to 72 MB", "contract.docx",
                        ContractFormat.DOCX_TYPE, () -> ContractBombs.docxWithHugeDocumentXml(72 * ContractBombs.MB),
                        "合約文字超過上限（500,000 字）。The contract's text exceeds the limit")),
                Arguments.of(new Bomb("a PDF with a Flate stream of 1.5 GB", "contract.pdf", "application/pdf",
                        () -> ContractBombs.pdfWithFlateBomb(1536 * ContractBombs.MB),
                        "合約檔案解壓縮後超過上限（64 MB）。The file 'contract.pdf' unpacks to more than 64 MB")));
    }

    @BeforeEach
    void setUp() {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("Document scanning", false, false, true,
                false, Criticality.NORMAL, new BigDecimal("300000"), null, null), ServiceStatus.ACTIVE).getId();
        String contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)).getId();
        uploadTaskId = taskService.createTaskQuery().processInstanceId(contract).singleResult().getId();
        if (!warmedUp) {
            warmUp();
            warmedUp = true;
        }
    }

    /**
     * Sends each address a small file that is no contract, once, so that the times measured are those
     * of refusing a bomb, not of the first request this JVM serves (classes loaded, code compiled).
     */
    void warmUp() {
        byte[] docx = TestDocuments.docx("Minutes of the vendor meeting. Nothing was decided.");
        byte[] pdf = TestDocuments.asciiPdf("Minutes of the vendor meeting.", "Nothing was decided.");
        RestClient lena = RestClient.as(port, "lena");
        RestClient alice = RestClient.as(port, "alice");
        for (int round = 0; round < 2; round++) {
            assertThat(lena.postFile(CHECK, "file", "minutes.docx", ContractFormat.DOCX_TYPE, docx).statusCode()).isEqualTo(400);
            assertThat(lena.postFile(CHECK, "file", "minutes.pdf", "application/pdf", pdf).statusCode()).isEqualTo(400);
            String complete = "/engine-rest/task/" + uploadTaskId + "/complete";
            assertThat(alice.post(complete, draft("minutes.docx", ContractFormat.DOCX_TYPE, docx)).statusCode()).isEqualTo(400);
            assertThat(alice.post(complete, draft("minutes.pdf", "application/pdf", pdf)).statusCode()).isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void theClauseCheckRefusesIt_with413NamingTheFile_in5Seconds(Bomb bomb) throws Exception {
        byte[] content = bomb.content().get();
        Map<String, Integer> tablesBefore = database.take();

        long start = System.nanoTime();
        HttpResponse<String> response = RestClient.as(port, "lena").postFile(CHECK, "file", bomb.fileName(),
                bomb.contentType(), content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s, clause check: %d after %d ms: %s%n", bomb, response.statusCode(), millis, response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("message").asText()).startsWith(bomb.refusal());
        assertThat(error.path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(error.path("errors").get(0).path("message").asText()).startsWith(bomb.refusal());
        assertThat(millis).as("milliseconds to the answer").isLessThan(FIVE_SECONDS);
        assertThat(database.take()).isEqualTo(tablesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void theContractSigningUploadRefusesIt_andTheTaskStaysOpen_in5Seconds(Bomb bomb) throws Exception {
        byte[] content = bomb.content().get();
        Map<String, Integer> tablesBefore = database.take();

        long start = System.nanoTime();
        HttpResponse<String> response = RestClient.as(port, "alice").post("/engine-rest/task/" + uploadTaskId
                + "/complete", draft(bomb.fileName(), bomb.contentType(), content));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s, contract signing upload: %d after %d ms: %s%n", bomb, response.statusCode(), millis,
                response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText())
                .startsWith("Cannot complete task " + uploadTaskId + ": " + bomb.refusal());
        assertThat(millis).as("milliseconds to the answer").isLessThan(FIVE_SECONDS);
        assertThat(taskService.createTaskQuery().taskId(uploadTaskId).count()).as("the upload task is open").isOne();
        assertThat(database.take()).isEqualTo(tablesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void theApplicationAnswersOthersWhileItRefusesABomb(Bomb bomb) throws Exception {
        byte[] content = bomb.content().get();
        byte[] sample = Files.readAllBytes(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));

        CompletableFuture<HttpResponse<String>> refused = CompletableFuture.supplyAsync(() ->
                RestClient.as(port, "lena").postFile(CHECK, "file", bomb.fileName(), bomb.contentType(), content));
        HttpResponse<String> vendors = RestClient.as(port, "alice").get("/api/vendors");
        HttpResponse<String> checked = RestClient.as(port, "alice").post(CHECK, "text/plain; charset=UTF-8", sample);

        assertThat(vendors.statusCode()).isEqualTo(200);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(refused.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(413);
    }

    static String draft(String fileName, String mimeType, byte[] content) {
        return "{\"variables\":{\"" + ContractSigningProcess.Variables.CONTRACT_DRAFT + "\":{\"type\":\"File\",\"value\":\""
                + java.util.Base64.getEncoder().encodeToString(content) + "\",\"valueInfo\":{\"filename\":\"" + fileName
                + "\",\"mimetype\":\"" + mimeType + "\"}}}}";
    }
}
