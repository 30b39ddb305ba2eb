package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.WebappClient;

/**
 * Issue 16, item 10: the webapps' session cookie carried {@code SameSite=Lax} twice, once from the
 * servlet container and once from Camunda's session cookie filter. A cookie attribute given twice is
 * read differently by different browsers and proxies (the first, the last, or the cookie dropped), so
 * each cookie now carries every attribute once.
 */
@AppTest
class DuplicateSameSiteTest {

    static final Pattern ATTRIBUTE = Pattern.compile(";\\s*([A-Za-z-]+)");

    @LocalServerPort int port;

    @Test
    void theSessionCookie_carriesSameSiteOnce_beforeAndAfterALogin() {
        WebappClient browser = new WebappClient(port);
        HttpResponse<String> signInPage = browser.openLoginPage();
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertEveryAttributeOnce(signInPage.headers().allValues("Set-Cookie"));

        assertThat(browser.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();

        List<String> cookies = browser.lastSignIn().headers().allValues("Set-Cookie");
        assertThat(cookies).as("signing in starts a new session").anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertEveryAttributeOnce(cookies);
        String session = browser.setCookie("JSESSIONID");
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        assertEveryAttributeOnce(List.of(browser.setCookie("XSRF-TOKEN")));
    }

    static void assertEveryAttributeOnce(List<String> setCookies) {
        assertThat(setCookies).isNotEmpty();
        for (String cookie : setCookies) {
            assertThat(count(cookie, "SameSite")).as(cookie).isEqualTo(1);
            Matcher attribute = ATTRIBUTE.matcher(cookie);
            while (attribute.find()) {
                assertThat(count(cookie, attribute.group(1))).as(attribute.group(1) + " in " + cookie).isEqualTo(1);
            }
        }
    }

    private static int count(String cookie, String attribute) {
        Matcher matcher = Pattern.compile(";\\s*" + Pattern.quote(attribute) + "(?=[=;]|$)", Pattern.CASE_INSENSITIVE)
                .matcher(cookie);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
