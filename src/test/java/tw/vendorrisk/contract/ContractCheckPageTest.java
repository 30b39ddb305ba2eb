package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/** Checking a contract on the page {@code /contract-check}: the report on the page, refusals next to the file. */
@AppTest
class ContractCheckPageTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired ClauseCheckRecordRepository checks;

    Long serviceId;

    @BeforeEach
    void aVendorWithAService() {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_B, "雲端科技 Cloudway", null);
        serviceId = fixture.signedContract(vendor, java.time.LocalDate.now().minusMonths(1),
                java.time.LocalDate.now().plusYears(1), tw.vendorrisk.register.SlaReportFrequency.QUARTERLY, false)
                .getService().getId();
    }

    static String sample() throws Exception {
        return Files.readString(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));
    }

    HttpResponse<byte[]> upload(String user, String language, String query, String fileName, byte[] content)
            throws Exception {
        String boundary = "----page-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/contract-check" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + RestClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aDocxUploadShowsTheReport_andAnOversizedFileIsRefusedNextToTheField() throws Exception {
        long kept = checks.count();
        String form = RestClient.as(port, "lena").inLanguage("zh-TW").get("/contract-check", "text/html").body();
        assertThat(form).contains("<h1>檢查合約</h1>").contains("<label class=\"form-label\" for=\"check-file\">合約檔案</label>")
                .contains("雲端科技 Cloudway — Maintenance by").contains("value=\"" + serviceId + "\"");

        HttpResponse<byte[]> report = upload("lena", "zh-TW", "?source=facts&category=1&systemDevelopment=true",
                "草約.docx", TestDocuments.docx(sample()));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(text(report)).contains("草約.docx 之檢查報告").contains("<code>7.1.1.3</code>").contains("缺漏")
                .contains("<code>7.1.4</code>").contains("不適用").contains("<blockquote");

        HttpResponse<byte[]> tooLarge = upload("lena", "zh-TW", "?source=facts&category=1", "big.txt",
                new byte[ContractSigningProcess.MAX_FILE_BYTES + 10]);
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).endsWith("/contract-check?refused=tooLarge");
        String refused = RestClient.as(port, "lena").inLanguage("zh-TW").get("/contract-check?refused=tooLarge",
                "text/html").body();
        assertThat(refused).contains("id=\"check-file-error\"").contains("檔案超過 10 MB")
                .contains("href=\"#check-file\"").doesNotContain("檢查報告");
        assertThat(refused.indexOf("檔案超過 10 MB", refused.indexOf("<form")))
                .isLessThan(refused.indexOf("id=\"check-file\"", refused.indexOf("<form")));

        HttpResponse<byte[]> wrongType = upload("lena", "en", "?source=facts&category=1", "contract.xlsx", "x".getBytes());
        assertThat(text(wrongType)).contains("The file is not a .txt, .docx or .pdf file.").contains("lang=\"en\"");
        assertThat(checks.count()).as("nothing is kept").isEqualTo(kept);
    }

    @Test
    void theFactsComeFromAChosenService_andThePdfDownloads() throws Exception {
        HttpResponse<byte[]> report = upload("alice", "en", "?source=service&serviceId=" + serviceId, "draft.txt",
                sample().getBytes(StandardCharsets.UTF_8));
        assertThat(text(report)).contains("Report for draft.txt").contains("雲端科技 Cloudway — Maintenance by")
                .contains("Organization category 1 · cloud: No · system development, maintenance or monitoring: Yes");

        HttpResponse<byte[]> noService = upload("alice", "en", "?source=service", "draft.txt",
                sample().getBytes(StandardCharsets.UTF_8));
        assertThat(text(noService)).contains("id=\"check-serviceId-error\"").contains("Choose the service");

        HttpResponse<byte[]> pdf = upload("alice", "en", "?source=service&serviceId=" + serviceId + "&pdf=1",
                "draft.txt", sample().getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void onlyTheCheckersMayUseIt() throws Exception {
        assertThat(RestClient.as(port, "olivia").get("/contract-check", "text/html").statusCode()).isEqualTo(403);
        assertThat(upload("peter", "en", "?source=facts&category=1", "a.txt", "x".getBytes()).statusCode()).isEqualTo(403);
    }
}
