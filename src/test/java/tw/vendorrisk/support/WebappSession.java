package tw.vendorrisk.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in like a browser: it opens the sign-in page for its CSRF token, posts the form
 * to {@code /login} and then carries the session cookie, which opens our pages and the webapps. No
 * redirects are followed, so a test sees them.
 */
public final class WebappSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

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
        HttpResponse<String> page = session.get("/login");
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page: " + page.statusCode());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(RestClient.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!WebappClient.signedIn(login)) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + login.statusCode() + " "
                    + login.headers().firstValue("Location").orElse(""));
        }
        return session;
    }

    /** A page the browser navigates to ({@code Accept: text/html}). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
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
