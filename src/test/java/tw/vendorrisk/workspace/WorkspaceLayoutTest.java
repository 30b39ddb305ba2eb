package tw.vendorrisk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.PageClient;

/** What every page shares: the layout, its landmarks, the language and its switch, the headers. */
@AppTest
class WorkspaceLayoutTest {

    @LocalServerPort int port;

    @Test
    void everyPageHasTheProductNameSkipLinkLandmarksNavigationUserAndSignOut() {
        String page = PageClient.as(port, "alice").acceptLanguage("en").get("/vendors").body();
        assertThat(page).contains("<html lang=\"en\">")
                .contains("ICT 供應鏈風險管理 Vendor risk")
                .contains("<a class=\"visually-hidden-focusable skip-link\" href=\"#main\">Skip to main content</a>")
                .contains("<header").contains("<nav class=\"me-auto\" aria-label=\"Main\">")
                .contains("<main id=\"main\"").contains("<footer")
                .contains("<a class=\"nav-link active\" aria-current=\"page\" href=\"/vendors\">Vendors</a>")
                .contains("<strong>alice</strong>")
                .contains("<form method=\"post\" action=\"/logout\"")
                .containsPattern("href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css\"");
    }

    @Test
    void theLanguageComesFromTheBrowser_TraditionalChineseWhenNothingMatches() {
        assertThat(PageClient.as(port, "alice").get("/").body()).contains("<html lang=\"zh-TW\">").contains("我的待辦");
        assertThat(PageClient.as(port, "alice").acceptLanguage("fr-FR,de;q=0.8").get("/").body())
                .contains("<html lang=\"zh-TW\">");
        assertThat(PageClient.as(port, "alice").acceptLanguage("en-GB,en;q=0.9").get("/").body())
                .contains("<html lang=\"en\">").contains("What needs me");
        assertThat(PageClient.as(port, "alice").acceptLanguage("ja,zh-CN;q=0.8,en;q=0.5").get("/").body())
                .contains("<html lang=\"zh-TW\">");
    }

    @Test
    void theLanguageSwitchSticks_andKeepsThePageAndItsFilters() {
        PageClient alice = PageClient.as(port, "alice").acceptLanguage("zh-TW");
        String chinese = alice.get("/vendors?q=abc").body();
        assertThat(chinese).contains("href=\"/vendors?q=abc&amp;lang=en\"").contains("lang=\"en\" hreflang=\"en\"");
        HttpResponse<String> switched = alice.get("/vendors?q=abc&lang=en");
        assertThat(switched.body()).contains("<html lang=\"en\">");
        assertThat(switched.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("vendor-risk-lang=en").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(alice.get("/").body()).contains("<html lang=\"en\">");
        assertThat(alice.get("/?lang=zh-TW").body()).contains("<html lang=\"zh-TW\">");
        assertThat(alice.get("/?lang=xx").body()).contains("<html lang=\"zh-TW\">");
        assertThat(alice.get("/").body()).contains("<html lang=\"zh-TW\">");
    }

    @Test
    void pagesMayLoadOnlyTheApplicationsStylesAndPostOnlyToIt_andAreNotStored() {
        HttpResponse<String> page = PageClient.as(port, "alice").get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("style-src 'self'").contains("form-action 'self'")
                .doesNotContain("script-src");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.body()).doesNotContain("<script");
        HttpResponse<String> css = PageClient.anonymous(port).get("/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(PageClient.anonymous(port).get("/css/workspace.css").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsThePagesSendToTheSignIn_andAnUnknownVendorIsAPageSaying404() {
        for (String path : new String[] {"/", "/vendors"}) {
            HttpResponse<String> stranger = PageClient.anonymous(port).get(path);
            assertThat(stranger.statusCode()).as(path).isEqualTo(302);
            assertThat(stranger.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        HttpResponse<String> unknown = PageClient.as(port, "alice").acceptLanguage("en").get("/vendors/999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html lang=\"en\">").contains("Not found");
        assertThat(PageClient.as(port, "alice").get("/vendors/abc").statusCode()).isEqualTo(404);
    }
}
