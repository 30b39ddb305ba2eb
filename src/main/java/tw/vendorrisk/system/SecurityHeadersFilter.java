package tw.vendorrisk.system;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every response of the application, set before the request is handled so that
 * refusals (401, 403, 413) carry them too. Every response starts with a Content-Security-Policy under
 * which no script runs; the webapps' pages (Tasklist, Cockpit, Admin) then get theirs from Camunda's
 * own header filter, which replaces it with one carrying the nonce their scripts need. Responses of
 * /api and /engine-rest are never stored by browsers or proxies.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * No script, no plugin, no frame, no form target; inline styles for the report page only. {@code sandbox}
     * gives any HTML served from here (for example a file variable downloaded over engine REST) an opaque
     * origin, so it can reach neither cookies nor the APIs; downloads stay allowed for the report's PDF link.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox allow-downloads";

    private final String hsts;

    SecurityHeadersFilter(SecurityProperties properties) {
        this.hsts = properties.https()
                ? "max-age=" + properties.hstsMaxAge().toSeconds() + "; includeSubDomains"
                : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (hsts != null) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            // contracts and register data stay out of browser and proxy caches, whatever the handler says
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, new NoStore(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Keeps {@code Cache-Control: no-store}: engine REST would otherwise answer {@code no-cache}, which lets a browser store the data. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
