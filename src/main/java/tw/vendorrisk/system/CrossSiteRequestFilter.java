package tw.vendorrisk.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a changing request (POST, PUT, PATCH, DELETE) that a browser sends from another site, with
 * {@code 403}, before it is authenticated: its {@code Origin} is not this application's own origin
 * (the scheme, host and port the request was sent to, or the configured public address), or it says
 * {@code Sec-Fetch-Site: cross-site}. Whatever the request authenticates with (a browser's cached Basic
 * credentials, a session cookie), a page on another site cannot change anything. Scripts send no
 * {@code Origin} and are not affected.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> publicOrigins;

    /** @param publicOrigins the application's public addresses, e.g. {@code https://vendor-risk.example.tw} (may be blank) */
    CrossSiteRequestFilter(Collection<String> publicOrigins) {
        this.publicOrigins = new TreeSet<>();
        publicOrigins.stream().filter(origin -> origin != null && !origin.isBlank())
                .map(CrossSiteRequestFilter::normalise).forEach(this.publicOrigins::add);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            String origin = request.getHeader("Origin");
            if (origin != null && !ownOrigin(request, origin)) {
                refuse(response, "Origin " + origin);
                return;
            }
            if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
                refuse(response, "Sec-Fetch-Site: cross-site");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean ownOrigin(HttpServletRequest request, String origin) {
        String given = normalise(origin);
        return given.equals(normalise(request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort())) || publicOrigins.contains(given);
    }

    /** scheme://host:port in lower case, with the scheme's default port; anything unreadable (such as "null") is "". */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void refuse(HttpServletResponse response, String what) throws IOException {
        String message = "A change sent from another site (" + what + ") is refused (拒絕來自其他網站的變更請求): "
                + "change things from this application's own pages, or from a script that sends no Origin header.";
        byte[] body = JSON.writeValueAsBytes(Map.of("status", 403, "message", message, "errors", java.util.List.of()));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
