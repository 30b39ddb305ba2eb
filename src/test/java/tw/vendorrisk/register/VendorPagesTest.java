package tw.vendorrisk.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Html;
import tw.vendorrisk.support.PageClient;
import tw.vendorrisk.support.RegisterFixture;

/** The register's pages: the vendor list, registering a vendor, one vendor with its forms. */
@AppTest
class VendorPagesTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired tw.vendorrisk.oversight.OversightService oversight;

    Vendor hengan;
    Vendor cloudway;
    Contract contract;

    @BeforeEach
    void register() {
        fixture.reset();
        hengan = fixture.vendor(RegisterFixture.TAX_ID_C, "恆安資訊 Hengan Information", "55");
        cloudway = fixture.vendor(RegisterFixture.TAX_ID_B, "雲端科技 Cloudway Technology", "12.5");
        fixture.certificate(hengan, CertificateType.ISO_27001, LocalDate.now().minusMonths(2));
        fixture.certificate(cloudway, CertificateType.ISO_27001, LocalDate.now().plusYears(2));
        fixture.certificate(cloudway, CertificateType.CSA_STAR, LocalDate.now().plusDays(20));
        fixture.nda(hengan, LocalDate.now().minusYears(1));
        contract = fixture.signedContract(hengan, LocalDate.now().minusMonths(6), LocalDate.now().plusMonths(18),
                SlaReportFrequency.QUARTERLY, true);
        oversight.plan(contract.getId());
        fixture.activeService(hengan, Criticality.NORMAL, "600000");
        fixture.activeService(cloudway, Criticality.CRITICAL, "4800000");
    }

    private PageClient as(String user) {
        return PageClient.as(port, user).acceptLanguage("en");
    }

    private int vendorCount() {
        return jdbc.queryForObject("select count(*) from vendor", Integer.class);
    }

    @Test
    void procurementRegistersAVendor_andADuplicateTaxIdIsRefusedNextToTheField() {
        PageClient alice = as("alice");
        assertThat(alice.get("/vendors").body()).contains("href=\"/vendors/new\"");
        String form = alice.get("/vendors/new").body();
        assertThat(form).contains("<label class=\"form-label\" for=\"vendor-taxId\">Tax ID (統一編號)</label>")
                .contains("Register vendor");

        Map<String, String> lida = Map.of("name", "立達系統 Lida Systems", "taxId", RegisterFixture.TAX_ID_A,
                "marketSharePercent", "5", "marketShareSource", "2026 market study", "marketShareAsOf", "2026-01-31");
        HttpResponse<String> created = alice.post("/vendors", lida);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/vendors/\\d+\\?done=registered");
        String page = alice.get(location.substring(location.indexOf("/vendors/"))).body();
        assertThat(Html.text(page)).contains("The vendor is registered.", "立達系統 Lida Systems", "5 %",
                "source: 2026 market study", "as of 2026-01-31");

        // the same form sent again (a double click, the back button): refused at the tax ID, nothing written
        HttpResponse<String> again = alice.post("/vendors", lida);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Html.textOf(again.body(), "vendor-taxId-error"))
                .isEqualTo("Error: A vendor with tax ID (統一編號) 22099131 is already in the register.");
        assertThat(Html.element(again.body(), "vendor-taxId")).contains("is-invalid")
                .contains("aria-describedby=\"vendor-taxId-hint vendor-taxId-error\"");
        assertThat(Html.textOf(again.body(), "vendor-name-error")).isNull();
        assertThat(again.body()).contains("<a href=\"#vendor-taxId\">A vendor with tax ID (統一編號) 22099131 is already");
        assertThat(vendorCount()).isEqualTo(3);
    }

    @Test
    void aBadTaxIdChecksumIsRefusedNextToTheField_inChineseAndInEnglish_andNothingIsWritten() {
        Map<String, String> typo = Map.of("name", "立達系統", "taxId", "12345678", "country", "tw",
                "marketSharePercent", "lots");
        HttpResponse<String> english = as("alice").post("/vendors", typo);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(Html.textOf(english.body(), "vendor-taxId-error"))
                .isEqualTo("Error: Enter an 8-digit unified business number (統一編號) with a valid check digit.");
        assertThat(Html.textOf(english.body(), "vendor-country-error")).isEqualTo("Error: Use two capital letters, e.g. TW.");
        assertThat(Html.textOf(english.body(), "vendor-marketSharePercent-error"))
                .isEqualTo("Error: Enter a number, e.g. 12.5.");
        assertThat(Html.element(english.body(), "vendor-name")).contains("value=\"立達系統\"");

        HttpResponse<String> chinese = PageClient.as(port, "alice").acceptLanguage("zh-TW,zh;q=0.9").post("/vendors", typo);
        assertThat(chinese.body()).contains("lang=\"zh-TW\"");
        assertThat(Html.textOf(chinese.body(), "vendor-taxId-error")).isEqualTo("錯誤： 請輸入 8 位數且檢查碼正確的統一編號。");
        assertThat(Html.textOf(chinese.body(), "vendor-marketSharePercent-error")).isEqualTo("錯誤： 請輸入數字，例如 12.5。");
        assertThat(vendorCount()).isEqualTo(2);
    }

    @Test
    void aReadOnlyUserIsOfferedNoForm_andEveryWriteAnswers403() {
        PageClient olivia = as("olivia");
        assertThat(olivia.get("/vendors").body()).doesNotContain("/vendors/new");
        String page = olivia.get("/vendors/" + hengan.getId()).body();
        assertThat(page).contains("恆安資訊 Hengan Information").doesNotContain("<form method=\"post\" action=\"/vendors")
                .doesNotContain("/arrangement").doesNotContain("/selections/new").doesNotContain("/audits/new")
                .doesNotContain("/access-requests/new").doesNotContain("/changes/new").doesNotContain("/termination/new")
                .doesNotContain("/evidence");
        assertThat(olivia.get("/vendors/new").statusCode()).isEqualTo(403);
        assertThat(Html.text(olivia.get("/vendors/new").body())).contains("Not for you");
        for (String path : new String[] {"/vendors", "/vendors/" + hengan.getId() + "/certificates",
                "/vendors/" + hengan.getId() + "/ndas", "/vendors/" + hengan.getId() + "/services",
                "/services/" + contract.getService().getId() + "/arrangement",
                "/vendors/" + hengan.getId() + "/information-assets"}) {
            assertThat(olivia.post(path, Map.of("name", "x")).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(vendorCount()).isEqualTo(2);
    }

    @Test
    void theVendorPageShowsTheVendorWithEverythingItHolds_onOneScreen() {
        String page = as("mark").get("/vendors/" + hengan.getId()).body();
        String text = Html.text(page);
        assertThat(Html.textOf(page, "profile")).contains("23456781", "55 %");
        assertThat(Html.element(page, "certificates")).contains(">ISO/IEC 27001<").doesNotContain(">ISO_27001<");
        assertThat(Html.textOf(page, "certificates")).contains("Expired");
        assertThat(Html.textOf(page, "ndas")).contains("NDA-23456781", "In force");
        assertThat(Html.textOf(page, "services")).contains("Maintenance by 恆安資訊 Hengan Information", "Active", "High",
                "600,000");
        assertThat(Html.textOf(page, "contracts")).contains("Contract " + contract.getId(), "Signed, running",
                "Quarterly");
        assertThat(page).contains("href=\"/contracts/" + contract.getId() + "\"");
        assertThat(Html.textOf(page, "selection")).contains("Concentration now", "Concentration too high",
                "Market share above 50%");
        assertThat(Html.textOf(page, "oversight")).contains("Audit", "On-site review", "SLA report", "Overdue");
        assertThat(Html.textOf(page, "access")).contains("No vendor staff member has access now.");
        assertThat(Html.textOf(page, "changes")).contains("No change reported.");
        assertThat(Html.textOf(page, "termination")).contains("Terminations");
        assertThat(Html.textOf(page, "documents")).contains("No document kept.");
        assertThat(page).contains("href=\"/api/vendors/" + hengan.getId() + "/evidence\"");
        assertThat(text).doesNotContain("SLA_REPORT").doesNotContain("ONSITE_REVIEW").doesNotContain("IN_USE");

        String cloudPage = as("alice").get("/vendors/" + cloudway.getId()).body();
        assertThat(Html.textOf(cloudPage, "certificates")).contains("CSA STAR", "Expires in 20 days", "Valid");
        assertThat(cloudPage).doesNotContain("/evidence");
    }

    @Test
    void theVendorPagesFormsAddACertificateAnNdaAndAService_orSayWhatIsWrongNextToTheField() {
        PageClient ivan = as("ivan");
        String base = "/vendors/" + hengan.getId();
        String page = ivan.get(base).body();
        assertThat(page).contains("action=\"" + base + "/certificates\"").doesNotContain("action=\"" + base + "/ndas\"")
                .doesNotContain("action=\"" + base + "/services\"");

        HttpResponse<String> missing = ivan.post(base + "/certificates", Map.of("type", "ISO_27001", "number", ""));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(Html.textOf(missing.body(), "certificate-number-error")).isEqualTo("Error: Enter a value.");
        assertThat(Html.textOf(missing.body(), "certificate-expiresOn-error")).isEqualTo("Error: Enter the expiry date.");
        assertThat(Html.element(missing.body(), "certificates")).contains("<details class=\"card card-body\" open=\"open\">");

        HttpResponse<String> added = ivan.post(base + "/certificates", Map.of("type", "ISO_27001", "number",
                "TW-27001-2026", "expiresOn", LocalDate.now().plusYears(3).toString()));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(base + "?done=certificate#certificates");
        assertThat(Html.textOf(ivan.get(base).body(), "certificates")).contains("TW-27001-2026", "Valid");

        PageClient alice = as("alice");
        HttpResponse<String> backwards = alice.post(base + "/ndas", Map.of("reference", "NDA-2", "signedOn",
                LocalDate.now().minusDays(3).toString(), "validUntil", LocalDate.now().minusDays(10).toString()));
        assertThat(Html.textOf(backwards.body(), "nda-validUntil-error"))
                .isEqualTo("Error: The end date lies before the signing date.");
        HttpResponse<String> service = alice.post(base + "/services", Map.of("description", "資料備份 Backup",
                "criticality", "HIGH", "annualSpend", "250000", "cloud", "true", "_cloud", "on",
                "periodStart", "2026-01-01", "periodEnd", "2025-12-31"));
        assertThat(Html.textOf(service.body(), "service-periodEnd-error")).isEqualTo("Error: The end lies before the start.");
        assertThat(jdbc.queryForObject("select count(*) from nda", Integer.class)).isEqualTo(1);
        assertThat(alice.post(base + "/services", Map.of("description", "資料備份 Backup", "criticality", "HIGH",
                "annualSpend", "250000", "cloud", "true")).statusCode()).isEqualTo(302);
        assertThat(Html.textOf(alice.get(base).body(), "services")).contains("資料備份 Backup", "Cloud");
    }

    @Test
    void procurementRecordsArrangementDetails_withTheRulesOfTheApi() {
        PageClient alice = as("alice");
        String path = "/services/" + contract.getService().getId() + "/arrangement";
        assertThat(alice.get("/vendors/" + hengan.getId()).body()).contains("href=\"" + path + "\"");
        assertThat(alice.get(path).statusCode()).isEqualTo(200);

        Map<String, Object> terms = new LinkedHashMap<>(Map.of("noticePeriodEntityDays", "90",
                "noticePeriodProviderDays", "180", "storesData", "true", "dataStorageCountries", "",
                "substitutability", "HIGHLY_COMPLEX", "exitPlan", "移回自建機房"));
        HttpResponse<String> refused = alice.post(path, terms);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Html.textOf(refused.body(), "arrangement-dataStorageCountries-error")).contains("storesData is true");

        terms.put("dataStorageCountries", "TW, JP");
        terms.put("nonSubstitutabilityReason", "NO_REAL_ALTERNATIVES");
        HttpResponse<String> saved = alice.post(path, terms);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(Html.textOf(alice.get("/vendors/" + hengan.getId()).body(), "services"))
                .contains("Highly complex to substitute");
        assertThat(Html.element(alice.get(path).body(), "arrangement-dataStorageCountries")).contains("value=\"TW,JP\"");
        assertThat(as("ivan").get(path).statusCode()).isEqualTo(403);
    }

    @Test
    void theVendorListSearchesFiltersSortsAndPages() {
        PageClient lena = as("lena");
        assertThat(Html.text(lena.get("/vendors").body())).contains("2 vendors; showing 1 to 2");
        assertThat(Html.text(lena.get("/vendors?q=hengan").body())).contains("1 vendors", "恆安資訊 Hengan Information")
                .doesNotContain("Cloudway");
        assertThat(Html.text(lena.get("/vendors?q=5311").body())).contains("Cloudway").doesNotContain("Hengan");
        assertThat(Html.text(lena.get("/vendors?q=%25").body())).contains("0 vendors");
        assertThat(Html.text(lena.get("/vendors?certificateDue=true").body())).contains("Cloudway", "Hengan");
        assertThat(Html.text(lena.get("/vendors?criticality=CRITICAL").body())).contains("Cloudway").doesNotContain("Hengan");
        assertThat(Html.text(lena.get("/vendors?concentrated=true").body())).contains("Hengan");
        assertThat(Html.text(lena.get("/vendors?status=ENDED").body())).contains("0 vendors");
        String bySpend = Html.text(lena.get("/vendors?sort=SPEND").body());
        assertThat(bySpend.indexOf("Cloudway")).isLessThan(bySpend.indexOf("Hengan"));

        for (int i = 0; i < 30; i++) {
            fixture.vendor(taxId(i), "Vendor " + (100 + i), null);
        }
        String first = lena.get("/vendors?size=25&q=vendor").body();
        assertThat(Html.text(first)).contains("30 vendors; showing 1 to 25", "Page 1 of 2");
        String next = Html.element(first, "next-page");
        assertThat(next).contains("page=1");
        assertThat(Html.text(lena.get("/vendors?size=25&q=vendor&page=1").body())).contains("showing 26 to 30",
                "Vendor 129").doesNotContain("Vendor 100 ");
    }

    /** A valid unified business number made from a number. */
    static String taxId(int n) {
        for (int check = 0; check < 10; check++) {
            String candidate = String.format("9%06d%d", n, check);
            if (TaxId.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + n);
    }
}
