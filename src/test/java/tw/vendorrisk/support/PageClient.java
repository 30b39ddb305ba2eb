package tw.vendorrisk.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as the workspace's page tests see it: HTML pages with HTTP Basic authentication of a demo
 * user, cookies kept (the language cookie), redirects not followed (a test asserts where a form sends
 * the user), forms posted as {@code application/x-www-form-urlencoded} from this application's origin.
 */
public final class PageClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl;
    private final String authorization;
    private String acceptLanguage;

    private PageClient(int port, String user) {
        this.baseUrl = "http://localhost:" + port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + RestClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static PageClient as(int port, String user) {
        return new PageClient(port, user);
    }

    public static PageClient anonymous(int port) {
        return new PageClient(port, null);
    }

    /** The browser's preferred languages, e.g. {@code en-US,en;q=0.9}. */
    public PageClient acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts the fields (a name may repeat: give its values as a list). */
    public HttpResponse<String> post(String path, Map<String, ?> fields) {
        String body = fields.entrySet().stream().flatMap(field -> {
            List<?> values = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
            return values.stream().map(value -> encode(field.getKey()) + "=" + encode(String.valueOf(value)));
        }).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", baseUrl).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html,application/xhtml+xml");
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
