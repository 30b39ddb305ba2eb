package tw.vendorrisk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running application, with HTTP Basic authentication. */
public final class RestClient {

    public static final String DEMO_PASSWORD = "Vendor-Risk-2026!";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;
    private final String language;

    private RestClient(String baseUrl, String authorization) {
        this(baseUrl, authorization, null);
    }

    private RestClient(String baseUrl, String authorization, String language) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same client sending {@code Accept-Language}, e.g. {@code zh-TW}. */
    public RestClient inLanguage(String acceptLanguage) {
        return new RestClient(baseUrl, authorization, acceptLanguage);
    }

    public static RestClient anonymous(int port) {
        return new RestClient("http://localhost:" + port, null);
    }

    public static RestClient as(int port, String user) {
        return as(port, user, DEMO_PASSWORD);
    }

    public static RestClient as(int port, String user, String password) {
        return new RestClient("http://localhost:" + port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** A GET whose body is a file (ZIP, spreadsheet), accepting any content type. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A JSON POST that asks for another representation, e.g. the Tasklist's {@code application/hal+json}. */
    public HttpResponse<String> post(String path, String json, String accept) {
        return send(request(path).header("Content-Type", "application/json").setHeader("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any method, without a body. */
    public HttpResponse<String> send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST with one file part. */
    public HttpResponse<String> postFile(String path, String part, String fileName, String contentType, byte[] content) {
        String boundary = "----vendor-risk-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
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
