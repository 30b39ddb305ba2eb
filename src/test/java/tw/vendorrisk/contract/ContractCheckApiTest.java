package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/** {@code POST /api/contract-checks} on the running application: findings for a contract, refusals for the rest. */
@AppTest
class ContractCheckApiTest {

    static final String CHECK = "/api/contract-checks?category=1&cloud=false&systemDevelopment=true";

    @LocalServerPort int port;
    @Autowired ClauseCheckRecordRepository checks;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    final ObjectMapper json = new ObjectMapper();

    byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));
    }

    JsonNode finding(JsonNode report, String obligation) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("obligation").asText().equals(obligation)) {
                return finding;
            }
        }
        throw new AssertionError("no finding for " + obligation + " in " + report);
    }

    @Test
    void theSampleContract_asATextBody_showsItsGapsAndItsClauses() throws Exception {
        long keptBefore = checks.count();
        HttpResponse<String> response = RestClient.as(port, "lena").post(CHECK, "text/plain; charset=UTF-8", sample());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        for (String gap : new String[] {"7.1.1.3", "7.1.1.14", "7.1.1.16", "7.1.2.3", "7.1.2.4", "7.1.5.2", "7.1.5.9"}) {
            assertThat(finding(report, gap).path("status").asText()).as(gap).isIn("MISSING", "PARTIAL");
        }
        for (String present : new String[] {"7.1.1.1", "7.1.1.8", "7.1.1.9", "7.1.1.10", "7.1.1.12", "7.1.5.3",
                "7.1.5.4", "7.1.5.8"}) {
            JsonNode finding = finding(report, present);
            assertThat(finding.path("status").asText()).as(present).isEqualTo("PRESENT");
            assertThat(finding.path("evidence").get(0).path("article").asText()).as(present).startsWith("第");
        }
        assertThat(finding(report, "7.1.4").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(checks.count()).as("a REST check keeps nothing").isEqualTo(keptBefore);
    }

    @Test
    void theSampleContract_asAFile_givesTheSameFindings() throws Exception {
        String asText = RestClient.as(port, "lena").post(CHECK, "text/plain; charset=UTF-8", sample()).body();
        HttpResponse<String> asFile = RestClient.as(port, "alice")
                .postFile(CHECK, "file", "sample-contract.txt", "text/plain", sample());

        assertThat(asFile.statusCode()).isEqualTo(200);
        assertThat(json.readTree(asFile.body())).isEqualTo(json.readTree(asText));
    }

    @Test
    void whatIsNotAContract_isRefusedWithAClearMessage() {
        long keptBefore = checks.count();
        RestClient lena = RestClient.as(port, "lena");
        HttpResponse<String> empty = lena.postFile(CHECK, "file", "empty.txt", "text/plain", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("empty");

        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThat(lena.postFile(CHECK, "file", "photo.jpg", "image/jpeg", binary).statusCode()).isEqualTo(400);
        HttpResponse<String> brokenPdf = lena.postFile(CHECK, "file", "contract.pdf", "application/pdf",
                "%PDF-1.7 this is not really a pdf".getBytes());
        assertThat(brokenPdf.statusCode()).isEqualTo(400);
        assertThat(brokenPdf.body()).contains("\"field\":\"file\"");

        HttpResponse<String> tooLarge = lena.postFile(CHECK, "file", "huge.txt", "text/plain", new byte[11 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("10 MB");
        assertThat(checks.count()).isEqualTo(keptBefore);
    }

    @Test
    void aKeptCheck_readsAsAPageAndAPdf_withTheVendorsNameAsText() throws Exception {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "<script>alert('x')</script> Evil & Co.", "5");
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("ID image recognition", false, false,
                true, false, Criticality.HIGH, new BigDecimal("500000"), null, null), ServiceStatus.ACTIVE).getId();
        ProcessInstance contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId));
        Task upload = taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult();
        taskService.complete(upload.getId(), Map.of(ContractSigningProcess.Variables.CONTRACT_DRAFT,
                org.camunda.bpm.engine.variable.Variables.fileValue("draft.txt").file(sample()).mimeType("text/plain")
                        .create()));
        Long checkId = (Long) runtimeService.getVariable(contract.getId(),
                ContractSigningProcess.Variables.CLAUSE_CHECK_ID.name());
        RestClient lena = RestClient.as(port, "lena");

        HttpResponse<String> page = lena.get("/api/contract-checks/" + checkId + "/report", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("7.1.1.14").contains("缺漏與不完整 Gaps")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Evil &amp; Co.")
                .doesNotContain("<script>alert");
        assertThat(page.body().indexOf("7.1.1.14")).as("gaps come first").isLessThan(page.body().indexOf("7.1.1.1<"));

        HttpResponse<String> stored = lena.get("/api/contract-checks/" + checkId);
        assertThat(json.readTree(stored.body()).path("findings")).hasSize(32);

        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/contract-checks/"
                        + checkId + "/report.pdf")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("lena:" + RestClient.DEMO_PASSWORD).getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("7.1.1.14").contains("Evil & Co.");
        }
    }

    @Test
    void onlyStaffWhoWorkWithContractsMayCheckThem() throws Exception {
        assertThat(RestClient.anonymous(port).post(CHECK, "text/plain", sample()).statusCode()).isEqualTo(401);
        assertThat(RestClient.as(port, "olivia").post(CHECK, "text/plain", sample()).statusCode()).isEqualTo(403);
    }
}
