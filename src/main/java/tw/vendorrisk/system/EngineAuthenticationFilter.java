package tw.vendorrisk.system;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in user and their groups on the engine for the request, whether the request was
 * authenticated by the session of the sign-in page or by HTTP Basic ({@link SignInConfiguration}): the
 * engine then checks Camunda's authorizations for everything the request does, and {@code CurrentUser}
 * reads the user. Runs after Spring Security's filters, on every path except the webapps
 * ({@code /camunda/…}), whose own authentication filter does the same from the same session. A request
 * without a signed-in user runs without an engine authentication.
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final IdentityService identityService;
    /** The webapps' path with a trailing slash, e.g. {@code /camunda/}. */
    private final String webappPath;

    EngineAuthenticationFilter(IdentityService identityService, String webappPath) {
        this.identityService = identityService;
        this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (path.startsWith(webappPath) || !trust.isAuthenticated(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(authentication.getName(), GroupAuthorities.groupsOf(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
