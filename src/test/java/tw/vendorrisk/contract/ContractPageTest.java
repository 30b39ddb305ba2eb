package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/** One contract on one screen ({@code /contracts/{id}}), with its clause check inline. */
@AppTest
class ContractPageTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired ContractService contracts;

    Contract contract;
    ContractService.CheckedDraft draft;

    @BeforeEach
    void aSignedContractWithACheckedDraftAndAWaiver() throws Exception {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_B, "雲端科技 <Cloudway>", null);
        contract = fixture.signedContract(vendor, LocalDate.now().minusMonths(2), LocalDate.now().plusYears(2),
                SlaReportFrequency.QUARTERLY, true);
        byte[] sample = Files.readAllBytes(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));
        draft = contracts.checkDraft(contract.getId(), new UploadedFile("草約 draft.txt", "text/plain", sample),
                new Applicability(1, false, true), "lena");
        contracts.recordWaiver(contract.getId(), "Renegotiated at renewal", "mark");
    }

    String page(String user, String language) {
        HttpResponse<String> response = RestClient.as(port, user).inLanguage(language)
                .get("/contracts/" + contract.getId(), "text/html");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    @Test
    void legalSeesTheClauseCheckInlineWithItsObligations() {
        String html = page("lena", "zh-TW");

        assertThat(html).contains("lang=\"zh-TW\"").contains("<h1>合約 " + contract.getId() + "</h1>")
                .contains("href=\"/vendors/" + contract.getVendor().getId() + "\"")
                .contains("雲端科技 &lt;Cloudway&gt;").doesNotContain("<Cloudway>")
                .contains("Maintenance by").contains("每季").contains("已簽署");
        // the check: each obligation with its ID and result, the quoted evidence, the gaps, the waiver
        assertThat(html).contains("合約條款檢查（第 7.1 條）").contains("<code>7.1.1.3</code>").contains("<code>7.1.1.1</code>")
                .contains("缺漏").contains("已載明").contains("<blockquote").contains("第")
                .contains("已由 mark 核准豁免：Renegotiated at renewal")
                .contains("href=\"/api/contract-checks/" + draft.checkId() + "/report.pdf\"");
        assertThat(html.indexOf("<code>7.1.1.3</code>")).as("gaps first")
                .isLessThan(html.indexOf("<code>7.1.1.1</code>"));
        // the draft is a document with its download link
        assertThat(html).contains("href=\"/api/contracts/" + contract.getId() + "/documents/" + draft.documentId() + "\"")
                .contains("草約 draft.txt");
        // the other features' sections
        assertThat(html).contains("監督排程").contains("存取權限").contains("服務變更").contains("尚未啟動終止程序")
                .contains("本合約無跨境作業安排");
        assertThat(html).contains("<th scope=\"col\">條文</th>");
        assertThat(main(html)).as("every text of the page has its message").doesNotContain("??");
    }

    @Test
    void inEnglishToo() {
        String html = page("lena", "en");

        assertThat(html).contains("lang=\"en\"").contains("<h1>Contract " + contract.getId() + "</h1>")
                .contains("Clause check (Art. 7.1)").contains("Missing").contains("Present").contains("Quarterly")
                .contains("Waived by mark: Renegotiated at renewal").contains("Oversight schedule");
        assertThat(main(html)).doesNotContain("??");
    }

    @Test
    void aProjectLeadSeesTheContractButNotItsCheckOrDocuments_andOthersAreRefused() {
        String html = page("peter", "en");
        assertThat(html).contains("Contract " + contract.getId()).doesNotContain("Clause check")
                .doesNotContain("/documents/");

        assertThat(RestClient.as(port, "olivia").get("/contracts/" + contract.getId(), "text/html").statusCode())
                .isEqualTo(403);
        assertThat(RestClient.as(port, "lena").get("/contracts/999999", "text/html").statusCode()).isEqualTo(404);
        // a browser without a session is sent to the sign-in page
        HttpResponse<String> stranger = RestClient.anonymous(port).get("/contracts/" + contract.getId(), "text/html");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
