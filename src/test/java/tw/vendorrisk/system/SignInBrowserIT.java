package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.Browser;
import tw.vendorrisk.support.RestClient;

/**
 * One sign-in in headless Chromium: signed in once at {@code /login}, by keyboard alone, a manager opens
 * Tasklist and Cockpit without a second login and without Camunda's "migrate" banner; Tasklist's own sign-out
 * button ends the session, and Tasklist then sends the browser to {@code /login}. A Tasklist link survives
 * the sign-in.
 */
@AppTest
class SignInBrowserIT {

    @LocalServerPort int port;

    Browser browser;

    @BeforeEach
    void setUp() {
        assertThat(Browser.available()).as("chromium and chromedriver are installed (see .ci/run)").isTrue();
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void oneSignIn_opensTasklistAndCockpit_andTasklistsSignOut_endsIt() {
        browser = new Browser("zh-TW");
        browser.open(url("/camunda/app/tasklist/default/"));
        browser.waitForUrl(url -> url.contains("/login"));
        assertThat(browser.title()).contains("登入 Sign in").contains("Vendor Risk");
        browser.screenshot("sign-in");

        // by keyboard alone: the user name has the focus, Tab goes to the password, Enter signs in
        WebElement focused = browser.focused();
        assertThat(focused.getAttribute("id")).isEqualTo("username");
        focused.sendKeys("mark", Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("password");
        browser.focused().sendKeys(RestClient.DEMO_PASSWORD, Keys.ENTER);

        browser.waitForUrl(url -> url.contains("/camunda/app/tasklist/default/"));
        browser.waitForText("我的群組任務 Group tasks");
        assertThat(browser.present(By.cssSelector(".ce-eol-banner"))).as("the banner is in the page").isTrue();
        assertThat(browser.script("return getComputedStyle(document.querySelector('.ce-eol-banner')).display"))
                .as("but hidden").isEqualTo("none");
        browser.screenshot("tasklist-signed-in");

        browser.open(url("/camunda/app/cockpit/default/"));
        browser.visible(By.cssSelector("section.vendor-risk-reports a[href='/reports/cycle-times']"));
        assertThat(browser.currentUrl()).contains("/camunda/app/cockpit/default/");
        assertThat(browser.present(By.id("username"))).as("no second login").isFalse();
        browser.screenshot("cockpit-signed-in");

        browser.open(url("/camunda/app/tasklist/default/"));
        browser.waitForText("我的群組任務 Group tasks");
        browser.click(By.cssSelector("li.account.dropdown > a.dropdown-toggle"));
        browser.click(By.cssSelector("li.logout > a"));

        browser.waitForUrl(url -> url.contains("/login"));
        browser.visible(By.id("username"));
        browser.open(url("/camunda/app/tasklist/default/"));
        browser.waitForUrl(url -> url.contains("/login"));
        browser.visible(By.id("username"));
        browser.open(url("/camunda/app/cockpit/default/"));
        browser.waitForUrl(url -> url.contains("/login"));
        browser.screenshot("signed-out");
    }

    @Test
    void aTasklistLink_opensItsPlaceAfterSigningIn() {
        browser = new Browser("en-US");
        browser.open(url("/camunda/app/tasklist/default/#/?searchQuery=%5B%5D&processStart=vendor-selection"));
        browser.waitForUrl(url -> url.contains("/login"));

        browser.logIn("alice", RestClient.DEMO_PASSWORD);

        browser.visible(By.xpath("//label[contains(normalize-space(.), 'Service to outsource')]"));
        assertThat(browser.currentUrl()).contains("processStart=vendor-selection");
    }

    @Test
    void aWrongPassword_showsTheErrorOnTheSignInPage() {
        browser = new Browser("en-US");
        browser.open(url("/login"));
        browser.logIn("peter", "Wrong-Password-99!");

        browser.waitForText("The user name or password is wrong");
        assertThat(browser.title()).startsWith("錯誤 Error:");
        assertThat(browser.visible(By.id("username")).getAttribute("aria-describedby")).isEqualTo("sign-in-error");
        browser.screenshot("sign-in-refused");
    }
}
