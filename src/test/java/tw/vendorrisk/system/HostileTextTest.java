package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappSession;
import tw.vendorrisk.support.AppTest;

/**
 * HTML and script in what users type (a vendor's name, a service's description, the text of an uploaded
 * contract) is shown as text on every page the application serves: the clause check report, the JSON
 * of /api and engine REST (never sniffed as HTML), error pages, and document downloads. The Tasklist
 * forms are checked in a browser by HostileVendorNameBrowserIT.
 */
@AppTest
class HostileTextTest {

    static final String HOSTILE_NAME = "<script>alert('name')</script><img src=x onerror=alert(1)> 惡意 \"Evil\" & Co.";
    static final String HOSTILE_SERVICE = "<iframe src=\"javascript:alert(2)\"></iframe>掃描 <b onmouseover=alert(3)>scan</b>";
    static final String HOSTILE_CLAUSE = " <script>alert('clause')</script><svg onload=alert(4)>";

    /** The elements the report page itself writes; anything else would come from the data. */
    static final Set<String> REPORT_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
            "a", "strong", "br", "table", "tr", "th", "td", "blockquote");

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    Vendor vendor;
    Long serviceId;

    @BeforeEach
    void setUp() {
        identityService.clearAuthentication();
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, HOSTILE_NAME, "5");
        serviceId = register.addService(vendor.getId(), new ServiceProfile(HOSTILE_SERVICE, false, false, true, false,
                Criticality.HIGH, new BigDecimal("500000"), null, null), ServiceStatus.ACTIVE).getId();
    }

    @Test
    void theClauseCheckReport_showsNameServiceAndQuotedContractAsText() throws Exception {
        String contract = Files.readString(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"))
                .lines().map(line -> line.isBlank() ? line : line + HOSTILE_CLAUSE).collect(Collectors.joining("\n"));
        String instance = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of(ContractSigningProcess.Variables.CONTRACT_DRAFT, Variables.fileValue("draft<script>.txt")
                        .file(contract.getBytes(StandardCharsets.UTF_8)).mimeType("text/html").create()));
        Long checkId = (Long) runtimeService.getVariable(instance, ContractSigningProcess.Variables.CLAUSE_CHECK_ID.name());

        HttpResponse<String> page = RestClient.as(port, "lena").get("/api/contract-checks/" + checkId + "/report",
                "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("&quot;Evil&quot; &amp; Co.")
                .contains("&lt;iframe src=&quot;javascript:alert(2)&quot;&gt;")
                .contains("&lt;script&gt;alert(&#39;clause&#39;)&lt;/script&gt;&lt;svg onload=alert(4)&gt;");
        assertThat(elementsIn(html)).isSubsetOf(REPORT_ELEMENTS);
        assertThat(html).doesNotContainPattern("<[^>]*\\son\\w+\\s*=");
        assertThat(Pattern.compile("<a\\s([^>]*)>").matcher(html).results().map(match -> match.group(1)).toList())
                .containsOnly("href=\"report.pdf\"");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'").contains("sandbox").doesNotContain("script-src"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theKeptDraft_downloadsAsAnAttachment_neverAsAPage() throws Exception {
        String instance = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)).getId();
        byte[] contract = Files.readAllBytes(Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of(ContractSigningProcess.Variables.CONTRACT_DRAFT, Variables.fileValue("draft.txt")
                        .file(contract).mimeType("text/html").create()));
        Long contractId = (Long) runtimeService.getVariable(instance, ContractSigningProcess.Variables.CONTRACT_ID.name());
        Long documentId = (Long) runtimeService.getVariable(instance,
                ContractSigningProcess.Variables.DRAFT_DOCUMENT_ID.name());

        HttpResponse<String> download = RestClient.as(port, "lena")
                .get("/api/contracts/" + contractId + "/documents/" + documentId, "*/*");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("sandbox"));
    }

    @Test
    void jsonCarriesTheNameAsAJsonString_neverAsAPage() {
        for (String path : new String[] {"/api/vendors", "/api/vendors/" + vendor.getId(),
                "/api/vendors/" + vendor.getId() + "/services"}) {
            HttpResponse<String> response = RestClient.as(port, "alice").get(path, "text/html,*/*");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> refused = RestClient.as(port, "alice").post("/api/vendors",
                "{\"name\":\"" + HOSTILE_NAME.replace("\"", "\\\"") + "\",\"taxId\":\"<script>\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
    }

    @Test
    void errorPages_showThePathAsText() {
        // a signed-in browser: without a session every page sends the browser to the sign-in page
        HttpResponse<String> notFound = WebappSession.loggedIn(port, "alice").get("/%3Cscript%3Ealert(5)%3C/script%3E");

        assertThat(notFound.statusCode()).isIn(400, 404);
        assertThat(notFound.body()).doesNotContain("<script>alert(5)");
        assertThat(notFound.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    static Set<String> elementsIn(String html) {
        Set<String> elements = new TreeSet<>();
        Matcher matcher = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)").matcher(html);
        while (matcher.find()) {
            elements.add(matcher.group(1).toLowerCase());
        }
        elements.remove("!doctype");
        return elements;
    }
}
