package tw.vendorrisk.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our pages and the webapps as a browser talks to them: a session cookie, a sign-in at {@code /login} with
 * the page's CSRF token, and the two CSRF tokens a signed-in browser sends with a change: Spring's (from
 * the page, in {@code X-CSRF-TOKEN}) to our own addresses, and Camunda's (from the {@code XSRF-TOKEN}
 * cookie, in {@code X-XSRF-TOKEN}) to the webapps' API.
 */
public final class WebappClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Every Set-Cookie header received, as sent. */
    private final List<String> setCookies = new java.util.ArrayList<>();
    private HttpResponse<String> lastSignIn;

    public WebappClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Opens Tasklist: without a session the answer sends the browser to the sign-in page. */
    public HttpResponse<String> openTasklist() {
        return get("/camunda/app/tasklist/default/");
    }

    /** Opens the sign-in page, which starts a session for its CSRF token. */
    public HttpResponse<String> openLoginPage() {
        return get("/login", "text/html");
    }

    /**
     * Signs in at {@code /login} as the browser does, then opens the Welcome app, as the browser would
     * next, which hands out Camunda's CSRF token. Whether the sign-in succeeded; {@link #lastSignIn()} is
     * the answer to the form.
     */
    public boolean logIn(String user, String password) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8);
        lastSignIn = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
        boolean signedIn = signedIn(lastSignIn);
        if (signedIn) {
            get("/camunda/app/welcome/default/", "text/html");
        }
        return signedIn;
    }

    /** Whether an answer to the sign-in form let the user in: a redirect anywhere but back to the sign-in page. */
    public static boolean signedIn(HttpResponse<String> signIn) {
        return signIn.statusCode() == 302 && !signIn.headers().firstValue("Location").orElse("/login").contains("/login");
    }

    public HttpResponse<String> lastSignIn() {
        return lastSignIn;
    }

    /** Signs out as the sign-out button of our pages does: {@code POST /logout} with the page's CSRF token. */
    public HttpResponse<String> logOut() {
        return send(request("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrfToken(),
                        StandardCharsets.UTF_8))));
    }

    /** Spring's CSRF token of this session, as a page of ours carries it (read from the sign-in page). */
    public String csrfToken() {
        HttpResponse<String> page = openLoginPage();
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (!field.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page: " + page.statusCode() + " " + page.body());
        }
        return field.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts the given types, e.g. {@code text/html} for a page the browser navigates to. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /**
     * A POST with the CSRF token in its header, as a page sends it (Camunda's to the webapps' API, Spring's
     * to every other address); or without, as a forged request would.
     */
    public HttpResponse<String> post(String path, String contentType, String body, boolean withCsrfToken) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withCsrfToken && path.startsWith("/camunda/")) {
            if (cookies.containsKey("XSRF-TOKEN")) {
                builder.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
        } else if (withCsrfToken) {
            builder.header("X-CSRF-TOKEN", csrfToken());
        }
        return send(builder);
    }

    /** The Set-Cookie header last received for this cookie, with its attributes. */
    public String setCookie(String name) {
        for (int i = setCookies.size() - 1; i >= 0; i--) {
            if (setCookies.get(i).startsWith(name + "=")) {
                return setCookies.get(i);
            }
        }
        return null;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json, text/plain, */*");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookies.add(header);
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
