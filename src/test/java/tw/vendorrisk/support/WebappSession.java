package tw.vendorrisk.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP client logged in to the Camunda webapps like a browser: it fetches the welcome page for
 * the CSRF cookie, posts the login form and then carries the session cookie. No redirects are
 * followed, so a test sees them.
 */
public final class WebappSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebappSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebappSession anonymous(int port) {
        return new WebappSession(port);
    }

    public static WebappSession loggedIn(int port, String user) {
        WebappSession session = new WebappSession(port);
        session.get("/camunda/app/welcome/default/");
        String csrf = session.cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from the welcome page"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(RestClient.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(session.baseUrl
                + "/camunda/api/admin/auth/user/default/login/welcome"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
