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

/**
 * The webapps as a browser talks to them: a session cookie, the CSRF token Camunda hands out in the
 * {@code XSRF-TOKEN} cookie and expects back in the {@code X-XSRF-TOKEN} header, and a login through
 * the webapps' own API.
 */
public final class WebappClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Every Set-Cookie header received, as sent. */
    private final List<String> setCookies = new java.util.ArrayList<>();

    public WebappClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Opens Tasklist, which starts a session and hands out the CSRF token. */
    public HttpResponse<String> openTasklist() {
        return get("/camunda/app/tasklist/default/");
    }

    /**
     * Logs in as Tasklist does. A login starts a new session, which gets its CSRF token with the next
     * read, so this reads the logged-in user as Tasklist does next.
     */
    public HttpResponse<String> logIn(String user, String password) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", form, true);
        if (login.statusCode() == 200) {
            get("/camunda/api/admin/auth/user/default");
        }
        return login;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A POST with the CSRF token in its header, as the webapps send it; or without, as a forged request would. */
    public HttpResponse<String> post(String path, String contentType, String body, boolean withCsrfToken) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withCsrfToken && cookies.containsKey("XSRF-TOKEN")) {
            builder.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
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
