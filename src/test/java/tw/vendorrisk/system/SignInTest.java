package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * One sign-in for everything (docs/security.md, "Authentication"): a browser without a session is sent to
 * {@code /login}; one sign-in there opens our pages, {@code /api} from the browser (with the page's CSRF
 * token) and the webapps' API; signing out, on our pages or with the webapps' own button, ends it
 * everywhere; Camunda's own login is closed; scripts keep HTTP Basic, without session or CSRF token.
 */
@AppTest
class SignInTest {

    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
    /** Each test that registers a vendor uses a tax ID of its own: the classes' tests share the register. */
    static String newVendor(String taxId) {
        return "{\"name\":\"立達系統 Lida Systems\",\"taxId\":\"" + taxId + "\",\"country\":\"TW\"}";
    }

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeTemporaryUser() {
        if (identityService.createUserQuery().userId("tempuser").count() > 0) {
            identityService.deleteUser("tempuser");
        }
    }

    @Test
    void aBrowserWithoutASession_isSentToTheSignInPage() {
        for (String path : new String[] {"/", "/api/vendors", "/camunda/app/tasklist/", "/camunda/app/tasklist/default/",
                "/camunda/app/cockpit/default/", "/camunda/app/admin/default/", "/reports/cycle-times",
                "/engine-rest/task"}) {
            HttpResponse<String> response = send("GET", path, null, "Accept", HTML);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        // the webapps' API and a browser's script requests: 401, never a Basic challenge
        HttpResponse<String> webappApi = send("GET", TASK_COUNT, null, "Accept", "application/json");
        assertThat(webappApi.statusCode()).isEqualTo(401);
        assertThat(webappApi.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> fetch = send("GET", "/api/vendors", null, "Sec-Fetch-Mode", "cors");
        assertThat(fetch.statusCode()).isEqualTo(401);
        assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aScriptWithoutCredentials_getsABasicChallenge_forReadsAndChanges() {
        for (String method : new String[] {"GET", "POST"}) {
            for (String path : new String[] {"/api/vendors", "/engine-rest/task"}) {
                HttpResponse<String> response = send(method, path, null);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(method + " " + path)
                        .hasValue("Basic realm=\"default\"");
                assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
            }
        }
    }

    @Test
    void basicAuthentication_needsNoSessionAndNoCsrfToken() {
        RestClient alice = RestClient.as(port, "alice");
        for (String path : new String[] {"/api/vendors", "/engine-rest/task"}) {
            HttpResponse<String> read = alice.get(path);
            assertThat(read.statusCode()).as(path).isEqualTo(200);
            assertThat(read.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> created = alice.post("/api/vendors", newVendor(RegisterFixture.TAX_ID_A));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSignInPage_isBilingualAndLabelled_andItsStylesheetIsOpen() {
        HttpResponse<String> page = new WebappClient(port).openLoginPage();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-Hant-TW\"")
                .contains("<label for=\"username\"").contains("id=\"username\" name=\"username\"")
                .contains("<label for=\"password\"").contains("id=\"password\" name=\"password\"")
                .contains("帳號 <span lang=\"en\">User name</span>").contains("密碼 <span lang=\"en\">Password</span>")
                .contains("登入 <span lang=\"en\">Sign in</span>").contains("name=\"_csrf\"")
                .contains("autocomplete=\"current-password\"");
        HttpResponse<String> css = send("GET", "/webjars/bootstrap/css/bootstrap.min.css", null, "Accept", "text/css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(send("GET", "/login/keep-fragment.js", null, "Accept", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPassword_returnsToTheSignInPageWithTheError_andSignsNobodyIn() {
        WebappClient browser = new WebappClient(port);

        // a user no other test of the class signs in as: the wrong password makes it wait a few seconds
        assertThat(browser.logIn("lena", "Wrong-Password-99!")).isFalse();

        assertThat(browser.lastSignIn().headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String page = browser.get("/login?error", "text/html").body();
        assertThat(page).contains("role=\"alert\"").contains("帳號或密碼錯誤").contains("The user name or password is wrong")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"sign-in-error\"");
        assertThat(browser.get("/api/vendors").statusCode()).isEqualTo(401);
        assertThat(browser.get(TASK_COUNT).statusCode()).isEqualTo(401);
    }

    @Test
    void oneSignIn_opensOurApi_engineRest_andTheWebappsApi_withTheSameSession() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.lastSignIn().headers().firstValue("Location").orElseThrow()).endsWith("/");

        HttpResponse<String> count = browser.get(TASK_COUNT);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"count\"");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"alice\"");
        assertThat(browser.get("/api/vendors").statusCode()).isEqualTo(200);
        assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(200);
        // the engine knows the user: @AllowedGroups lets procurement register a vendor, and the sign-in page says who
        assertThat(browser.post("/api/vendors", "application/json", newVendor(RegisterFixture.TAX_ID_B), true)
                .statusCode()).isEqualTo(201);
        assertThat(browser.openLoginPage().body()).contains("<strong>alice</strong>");
        // the signed-in user's groups decide, as with Basic
        WebappClient olivia = new WebappClient(port);
        assertThat(olivia.logIn("olivia", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(olivia.post("/api/vendors", "application/json", newVendor(RegisterFixture.TAX_ID_D), true)
                .statusCode()).isEqualTo(403);
        assertThat(olivia.get("/camunda/app/tasklist/default/", "text/html").statusCode())
                .as("no Tasklist for a process owner").isEqualTo(403);
    }

    @Test
    void aChangeWithTheSession_needsThePagesCsrfToken() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();

        HttpResponse<String> forged = browser.post("/api/vendors", "application/json",
                newVendor(RegisterFixture.TAX_ID_C), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"status\":403").contains("CSRF").contains("X-CSRF-TOKEN");
        assertThat(browser.post("/engine-rest/process-definition/key/vendor-selection/start", "application/json",
                "{}", false).statusCode()).isEqualTo(403);

        assertThat(browser.post("/api/vendors", "application/json", newVendor(RegisterFixture.TAX_ID_C), true)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void signingOut_endsTheSessionEverywhere() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.get(TASK_COUNT).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.logOut();

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get(TASK_COUNT).statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/vendors").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/", "text/html").headers().firstValue("Location")
                .orElseThrow()).endsWith("/login");
        assertThat(browser.get("/login?logout", "text/html").body()).contains("您已登出").contains("You have signed out");
    }

    @Test
    void theWebappsOwnSignOut_endsTheWholeSession_andNeedsCamundasCsrfToken() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        String logout = "/camunda/api/admin/auth/user/default/logout";

        assertThat(browser.post(logout, "application/x-www-form-urlencoded", "", true).statusCode()).isEqualTo(200);

        assertThat(browser.get(TASK_COUNT).statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/vendors").statusCode()).as("not only the webapps' part").isEqualTo(401);

        // without the token Camunda's CSRF filter refuses it (and ends the session, as it does for any forgery)
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.post(logout, "application/x-www-form-urlencoded", "", false).statusCode()).isEqualTo(403);
    }

    @Test
    void camundasOwnLoginEndpoint_isClosed() {
        String login = "/camunda/api/admin/auth/user/default/login/tasklist";
        String form = "username=admin&password=" + URLEncoder.encode(RestClient.DEMO_PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> anonymous = send("POST", login, form, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String cookie = anonymous.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse("JSESSIONID=none");
        assertThat(send("GET", TASK_COUNT, null, "Cookie", cookie).statusCode()).isEqualTo(401);

        // signed in as alice, the webapps' login cannot make the session someone else's
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.post(login, "application/x-www-form-urlencoded", form, true).statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"alice\"");
    }

    @Test
    void afterSigningIn_theBrowserReturnsToThePageItAskedFor_withTheAddressAfterTheHash() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(302);
        String form = "username=alice&password=" + URLEncoder.encode(RestClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&fragment=" + URLEncoder.encode("#/?task=abc-123", StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(browser.csrfToken(), StandardCharsets.UTF_8);

        HttpResponse<String> signIn = browser.post("/login", "application/x-www-form-urlencoded", form, false);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow())
                .endsWith("/camunda/app/tasklist/default/#/?task=abc-123");

        // anything but a plain address after '#' is dropped
        WebappClient other = new WebappClient(port);
        String hostile = "username=ivan&password=" + URLEncoder.encode(RestClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&fragment=" + URLEncoder.encode("#\"><script>alert(1)</script>", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(other.csrfToken(), StandardCharsets.UTF_8);
        HttpResponse<String> dropped = other.post("/login", "application/x-www-form-urlencoded", hostile, false);
        assertThat(dropped.headers().firstValue("Location").orElseThrow()).endsWith("/").doesNotContain("#");
    }

    @Test
    void aUserDeletedAfterSigningIn_losesTheSession_andAMembershipRemovedCountsAtOnce() {
        User user = identityService.newUser("tempuser");
        user.setPassword("Temp-User-2026!x");
        identityService.saveUser(user);
        identityService.createMembership("tempuser", Groups.PROCUREMENT);
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("tempuser", "Temp-User-2026!x")).isTrue();
        assertThat(browser.get(TASK_COUNT).statusCode()).isEqualTo(200);

        identityService.deleteMembership("tempuser", Groups.PROCUREMENT);
        assertThat(browser.post("/api/vendors", "application/json", newVendor(RegisterFixture.TAX_ID_D), true)
                .statusCode()).isEqualTo(403);

        identityService.deleteUser("tempuser");
        assertThat(browser.get("/api/vendors").statusCode()).isEqualTo(401);
        assertThat(browser.get(TASK_COUNT).statusCode()).as("401, not 500").isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(302);
    }

    /** A request with the given headers as name, value pairs; a body makes it JSON unless a Content-Type is given. */
    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean accept = false;
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!accept) {
            builder.header("Accept", "application/json");
        }
        if (body != null && !contentType) {
            builder.header("Content-Type", "application/json");
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
