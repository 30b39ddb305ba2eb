package tw.vendorrisk.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A browser never gets a Basic challenge from {@code /api} or {@code /engine-rest}, so it never asks
 * for a password and caches it for the realm (where a page on another site could use it). A browser
 * that navigates there without credentials ({@code Accept: text/html}) is sent to the login page; any
 * other browser request (it sends {@code Sec-Fetch-Mode}) gets its {@code 401} without the
 * {@code WWW-Authenticate} header. Scripts and other clients keep the {@code 401} with
 * {@code WWW-Authenticate: Basic}.
 */
final class BrowserAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final String loginPage;
    /** Paths (after the context path) that answer without credentials, such as the engine list. */
    private final Set<String> open;

    BrowserAuthenticationFilter(String loginPage, Set<String> open) {
        this.loginPage = loginPage;
        this.open = open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean navigation = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
        if (!navigation && request.getHeader("Sec-Fetch-Mode") == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (navigation && request.getHeader(HttpHeaders.AUTHORIZATION) == null && !open.contains(path)
                && READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + loginPage);
            return;
        }
        chain.doFilter(request, new WithoutChallenge(response));
    }

    /** Drops the {@code WWW-Authenticate} header, which makes a browser ask for a password. */
    static final class WithoutChallenge extends HttpServletResponseWrapper {

        WithoutChallenge(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
