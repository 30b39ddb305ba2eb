package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * Security headers and cookie flags as production sends them ({@code app.security.https=true}, the
 * postgres profile's default): on /api, on engine REST, on refusals, on the sign-in page, on the webapps;
 * the session and CSRF cookies; CSRF protection of the sign-in and of the webapps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.security.https=true")
@ActiveProfiles("test")
class SecurityHeadersTest {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @LocalServerPort int port;

    @Test
    void apiAndEngineRestResponses_carryTheHeaders_andStartNoSession() {
        for (String path : new String[] {"/api/vendors", "/api/organization", "/engine-rest/task",
                "/engine-rest/process-definition"}) {
            HttpResponse<String> response = RestClient.as(port, "alice").get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertCommonHeaders(path, response.headers());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().allValues("Set-Cookie")).as(path + " starts no session").isEmpty();
        }
    }

    @Test
    void refusals_carryTheHeadersToo() {
        for (String path : new String[] {"/api/vendors", "/engine-rest/task", "/camunda/api/engine/engine/default/task"}) {
            HttpResponse<String> response = RestClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertCommonHeaders(path, response.headers());
        }
        HttpResponse<String> forbidden = RestClient.as(port, "olivia").post("/api/vendors",
                "{\"name\":\"X\",\"taxId\":\"22099131\"}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertCommonHeaders("403", forbidden.headers());
    }

    @Test
    void theWebapps_keepCamundasContentSecurityPolicy_andGetFrameOptionsAndHsts() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        HttpResponse<String> tasklist = browser.openTasklist();

        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertCommonHeaders("tasklist", tasklist.headers());
        String policy = tasklist.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("'nonce-").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void theSignInPage_carriesTheHeaders_andAPolicyForItsOwnStylesheetAndForm() {
        HttpResponse<String> login = new WebappClient(port).openLoginPage();

        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders("/login", login.headers());
        assertThat(login.headers().allValues("Content-Security-Policy")).containsExactly(
                LoginController.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theSessionCookie_isSecureHttpOnlyAndSameSite_andRenewedAtSignIn() {
        WebappClient browser = new WebappClient(port);
        browser.openLoginPage();
        String session = browser.setCookie("JSESSIONID");
        assertThat(session).as(session).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        String before = browser.cookie("JSESSIONID");

        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();

        assertThat(browser.cookie("JSESSIONID")).as("a new session id after signing in").isNotEqualTo(before);
        assertThat(browser.setCookie("JSESSIONID")).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        // the webapps' CSRF token is read by their scripts, so it is not HttpOnly
        String csrf = browser.setCookie("XSRF-TOKEN");
        assertThat(csrf).as(csrf).contains("Secure").contains("SameSite=Lax").doesNotContain("HttpOnly");
        // each flag once: Camunda's session cookie filter added Secure and SameSite a second time
        DuplicateSameSiteTest.assertEveryAttributeOnce(List.of(session, csrf, browser.setCookie("JSESSIONID")));
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
    }

    @Test
    void signingIn_andTheWebapps_refuseAChangeWithoutTheCsrfToken() {
        WebappClient browser = new WebappClient(port);
        browser.openLoginPage();
        HttpResponse<String> forgedLogin = browser.post("/login", "application/x-www-form-urlencoded",
                "username=alice&password=" + RestClient.DEMO_PASSWORD, false);
        assertThat(forgedLogin.statusCode()).as("sign-in without the token").isEqualTo(302);
        assertThat(forgedLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=expired");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);

        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        String start = "/camunda/api/engine/engine/default/process-definition/key/vendor-selection/start";
        HttpResponse<String> forged = browser.post(start, "application/json", "{\"variables\":{}}", false);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    }

    static void assertCommonHeaders(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what).hasValue(HSTS);
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).isPresent();
    }
}
