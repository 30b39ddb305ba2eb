package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * The attack of issue 16 (High): the Welcome page linked to {@code /api}, whose Basic challenge made the
 * browser cache the admin's password for the realm; a page on another site then posted a BPMN model whose
 * expression ran code on the server to {@code /engine-rest/deployment/create}. Each link of that chain is
 * now cut: no model reaches the engine through REST or the webapps (admin included), a browser never gets
 * a Basic challenge, and a changing request from another site is refused whatever it authenticates with.
 */
@AppTest
class CrossSiteAttackTest {

    static final String EVIL = "https://evil.example";
    /** What the attacker deploys: a timer start whose expression calls into the JDK. */
    static final String CODE_IN_AN_EXPRESSION = Bpmn.convertToString(Bpmn.createExecutableProcess("pwned")
            .camundaHistoryTimeToLive(1)
            .startEvent().timerWithDuration("PT1S")
            .serviceTask().camundaExpression("${''.getClass().forName('java.lang.System').getProperty('user.home')}")
            .endEvent().done());

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aModelWithCodeInAnExpression_cannotBeDeployedThroughEngineRest_evenByAdmin() {
        long deployments = repositoryService.createDeploymentQuery().count();
        for (String path : new String[] {"/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create"}) {
            HttpResponse<String> response = RestClient.as(port, "admin").post(path, "multipart/form-data; boundary=b",
                    multipart("pwned.bpmn", CODE_IN_AN_EXPRESSION).getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
            assertThat(response.body()).contains("ProcessModelDeployer");
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("pwned").count()).isZero();
    }

    @Test
    void aDeployment_cannotBeRedeployedThroughEngineRest() {
        long deployments = repositoryService.createDeploymentQuery().count();
        Deployment selection = repositoryService.createDeploymentQuery().deploymentName(VendorSelectionProcess.KEY)
                .singleResult();
        HttpResponse<String> response = RestClient.as(port, "admin")
                .post("/engine-rest/deployment/" + selection.getId() + "/redeploy", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aModel_cannotBeDeployedThroughTheWebapps_evenByAdmin() {
        WebappClient cockpit = new WebappClient(port);
        assertThat(cockpit.logIn("admin", RestClient.DEMO_PASSWORD)).isTrue();
        HttpResponse<String> response = cockpit.post("/camunda/api/engine/engine/default/deployment/create",
                "multipart/form-data; boundary=b", multipart("pwned.bpmn", CODE_IN_AN_EXPRESSION), true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("pwned").count()).isZero();
    }

    @Test
    void theApplication_stillDeploysThroughTheJavaApi() {
        Deployment own = repositoryService.createDeployment().name("test-model")
                .addModelInstance("test.bpmn", Bpmn.createExecutableProcess("test-model").camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done())
                .deploy();
        try {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("test-model").count())
                    .isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment(own.getId(), true);
        }
    }

    @Test
    void aChangingRequestFromAnotherSite_isRefused_whateverItAuthenticatesWith() {
        String admin = basic("admin");
        // a cross-site form post with the browser's cached Basic credentials
        assertThat(send("POST", "/engine-rest/deployment/create", admin, "Origin", EVIL).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/engine-rest/process-definition/key/vendor-selection/start", admin,
                "Origin", EVIL).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/organization", admin, "Origin", EVIL).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/engine-rest/deployment/x", admin, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/vendors", admin, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        // the sign-in (a login CSRF), the webapps' closed login, and every change in the webapps
        HttpResponse<String> login = send("POST", "/login", null, "Origin", EVIL);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("https://evil.example").contains("403");
        assertThat(send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null, "Origin", EVIL)
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/camunda/api/engine/engine/default/task/x/complete", null, "Origin", EVIL)
                .statusCode()).isEqualTo(403);
        // a read from another site is no change; the browser's same-origin policy keeps its answer from the page
        assertThat(send("GET", "/api/vendors", admin, "Origin", EVIL).statusCode()).isEqualTo(200);
    }

    @Test
    void requestsFromTheAppItself_orWithoutOrigin_stillWork() {
        String own = "http://localhost:" + port;
        String alice = basic("alice");
        // a script without Origin: the body is bad, so the answer is 400, not 403
        assertThat(send("POST", "/api/vendors", alice).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/vendors", alice, "Origin", own).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/vendors", alice, "Origin", own, "Sec-Fetch-Site", "same-origin").statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/api/vendors", alice, "Origin", "http://127.0.0.1:" + port).statusCode())
                .as("another name of this host is another origin").isEqualTo(403);
    }

    @Test
    void aBrowser_isSentToTheLoginPage_insteadOfABasicChallenge() {
        for (String path : new String[] {"/api/vendors", "/api/organization", "/engine-rest/task"}) {
            HttpResponse<String> response = send("GET", path, null, "Accept",
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertThat(response.statusCode()).as(path).isIn(302, 303);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        // a browser's script request with wrong credentials: 401 but no challenge, so no password dialog
        HttpResponse<String> fetch = send("GET", "/api/vendors", "Basic " + Base64.getEncoder()
                .encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)), "Sec-Fetch-Mode", "cors");
        assertThat(fetch.statusCode()).isEqualTo(401);
        assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void scriptsWithoutCredentials_stillGetABasicChallenge() {
        for (String path : new String[] {"/api/vendors", "/engine-rest/task"}) {
            HttpResponse<String> response = send("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
        }
        assertThat(send("GET", "/engine-rest/engine", null, "Accept", "text/html,application/json;q=0.9").statusCode())
                .as("the open list of engines").isEqualTo(200);
    }

    @Test
    void theWelcomePage_linksToNoAddressThatAsksForAPassword() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/welcome/scripts/config.js")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(config).doesNotContain("href: '/api/").doesNotContain("href: '/engine-rest");
        }
    }

    private static String multipart(String fileName, String content) {
        return "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\npwned\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + content + "\r\n--b--\r\n";
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + RestClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A request with a JSON body of {@code {}} for changing methods, and the given headers as name, value pairs. */
    private HttpResponse<String> send(String method, String path, String authorization, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET")) {
            builder.header("Content-Type", "application/json");
        }
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            builder.header("Accept", "application/json");
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
