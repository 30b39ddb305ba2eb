package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;
import tw.vendorrisk.support.AppTest;

/**
 * Login throttling as configured (docs/security.md): a failed login makes the user wait, over REST and
 * on the sign-in page alike, and the page says why; ten failures in a row lock the user until an
 * administrator unlocks it. The
 * password policy refuses weak passwords. On the
 * embedded default (plain HTTP) the session cookie is HttpOnly and SameSite but not Secure, and no
 * response asks for HTTPS.
 */
@AppTest
class LoginThrottlingTest {

    static final String WRONG = "Wrong-Password-99!";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void afterAWrongPasswordOverRest_theRightOneWaitsForTheDelay() {
        assertThat(RestClient.as(port, "lena", WRONG).get("/api/vendors").statusCode()).isEqualTo(401);

        assertThat(RestClient.as(port, "lena").get("/api/vendors").statusCode()).as("within 3 s").isEqualTo(401);
        assertThat(RestClient.as(port, "lena").get("/engine-rest/task").statusCode()).as("within 3 s").isEqualTo(401);

        later(4);
        assertThat(RestClient.as(port, "lena").get("/api/vendors").statusCode()).isEqualTo(200);
    }

    @Test
    void afterAWrongPasswordOnTheSignInPage_theRightOneWaitsForTheDelay_andThePageSaysSo() {
        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("ivan", WRONG)).isFalse();
        assertThat(location(browser)).endsWith("/login?error");

        assertThat(browser.logIn("ivan", RestClient.DEMO_PASSWORD)).as("within 3 s").isFalse();
        assertThat(location(browser)).endsWith("/login?error=wait");
        assertThat(browser.get("/login?error=wait", "text/html").body()).contains("稍候數秒")
                .contains("wait a few seconds");

        later(4);
        assertThat(browser.logIn("ivan", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    }

    @Test
    void tenFailuresInARow_lockTheUserUntilAnAdministratorUnlocksIt() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            later(61);
            assertThat(RestClient.as(port, "mark", WRONG).get("/api/vendors").statusCode()).isEqualTo(401);
        }

        later(24 * 60 * 60);
        assertThat(RestClient.as(port, "mark").get("/api/vendors").statusCode()).as("a day later").isEqualTo(401);

        WebappClient browser = new WebappClient(port);
        assertThat(browser.logIn("mark", RestClient.DEMO_PASSWORD)).isFalse();
        assertThat(location(browser)).endsWith("/login?error=locked");
        assertThat(browser.get("/login?error=locked", "text/html").body()).contains("已鎖定")
                .contains("ask an administrator to");

        identityService.unlockUser("mark");
        assertThat(RestClient.as(port, "mark").get("/api/vendors").statusCode()).isEqualTo(200);
        assertThat(browser.logIn("mark", RestClient.DEMO_PASSWORD)).isTrue();
    }

    @Test
    void onPlainHttp_theSessionCookieIsHttpOnlyAndSameSiteButNotSecure_andNoHstsIsSent() {
        WebappClient browser = new WebappClient(port);
        HttpResponse<String> login = browser.openLoginPage();

        assertThat(browser.setCookie("JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();
        assertThat(browser.setCookie("JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(browser.setCookie("XSRF-TOKEN")).contains("SameSite=Lax").doesNotContain("Secure");
        HttpResponse<String> tasklist = browser.openTasklist();
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(RestClient.as(port, "alice").get("/api/vendors").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    @Test
    void aPasswordAgainstThePolicy_isRefused() {
        for (String weak : new String[] {"short1!A", "alllowercase-1!", "NoDigitsHere!!", "NoSpecial123abc",
                "Weakuser-2026!x"}) {
            org.camunda.bpm.engine.identity.User user = identityService.newUser("weakuser");
            user.setPassword(weak);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> identityService.saveUser(user)).as(weak)
                    .hasMessageContaining("Password does not match policy");
        }
        assertThat(identityService.createUserQuery().userId("weakuser").count()).isZero();
    }

    private static String location(WebappClient browser) {
        return browser.lastSignIn().headers().firstValue("Location").orElse("");
    }

    /** Moves the engine's clock, which the login delays are measured by, forward. */
    private static void later(int seconds) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
    }
}
