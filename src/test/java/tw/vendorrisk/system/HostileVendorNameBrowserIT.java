package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Our forms in Tasklist, in headless Chromium, with a vendor whose name is HTML and script: a Camunda
 * Form (the name inside its text) and the embedded contract upload form (the name in a field) show it,
 * and nothing of it runs or becomes an element of the page.
 */
@AppTest
class HostileVendorNameBrowserIT {

    static final String NAME = "<img src=x onerror=\"window.hostile=1\"><script>window.hostile=2</script>"
            + "<b id=\"hostile\">Evil</b> 惡意 Co.";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;

    Browser browser;
    Vendor vendor;

    @BeforeEach
    void setUp() {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
        identityService.clearAuthentication();
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, NAME, "5");
        browser = new Browser("en-US");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCamundaForm_showsTheNameAsText() {
        Map<String, Object> need = new HashMap<>();
        need.put(VendorSelectionProcess.Variables.SERVICE_DESCRIPTION.name(), "Core system maintenance");
        need.put(VendorSelectionProcess.Variables.VENDOR_TAX_ID.name(), RegisterFixture.TAX_ID_A);
        need.put(VendorSelectionProcess.Variables.CRITICALITY.name(), "HIGH");
        need.put(VendorSelectionProcess.Variables.ANNUAL_SPEND.name(), 900000);
        runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY, need);

        openTask("Assess feasibility and vendor capability");
        browser.waitForText("惡意 Co.");
        browser.screenshot("hostile-name-camunda-form");
        browser.click(By.xpath("//button[contains(., 'Claim')]"));

        assertNothingRan();
        assertThat(browser.pageText()).contains(NAME);
    }

    @Test
    void theEmbeddedUploadForm_showsTheNameAsText() {
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("Document scanning", false, false, true,
                false, Criticality.NORMAL, new BigDecimal("300000"), null, null), ServiceStatus.ACTIVE).getId();
        runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId));

        openTask("Upload contract draft");
        browser.visible(By.id("vendorName"));
        browser.screenshot("hostile-name-embedded-form");

        assertNothingRan();
        assertThat(browser.script("return document.getElementById('vendorName').value")).isEqualTo(NAME);
    }

    private void openTask(String name) {
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logIn("alice", RestClient.DEMO_PASSWORD);
        browser.click(By.xpath("//a[contains(., '" + name + "')]"));
    }

    private void assertNothingRan() {
        assertThat(browser.dialogOpen()).isFalse();
        assertThat(browser.present(By.id("hostile"))).as("no element from the name").isFalse();
        assertThat(browser.script("return typeof window.hostile")).as("no script from the name").isEqualTo("undefined");
    }
}
