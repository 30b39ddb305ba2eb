package tw.vendorrisk.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks a signed-in session against the identity service on each request: a user deleted since signing
 * in loses the session at once (the request goes on as anonymous: to the sign-in page or 401), and a
 * user's groups follow the identity service (a membership removed in Admin counts from the next request),
 * whichever provider checked the password: the groups, which decide the engine's authorizations, are
 * always the identity service's.
 * Without it a deleted user would keep using {@code /api} with the session, and the webapps would answer
 * 500 once their own cache expired.
 */
final class SignedInUserCheck extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInUserCheck.class);

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final IdentityService identityService;
    private final SecurityContextRepository repository;

    SignedInUserCheck(IdentityService identityService, SecurityContextRepository repository) {
        this.identityService = identityService;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (trust.isAuthenticated(authentication)) {
            String userId = authentication.getName();
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                LOG.info("User {} no longer exists: the session ends", userId);
                new SecurityContextLogoutHandler().logout(request, response, authentication);
            } else {
                List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId).sorted().toList();
                if (!groups.equals(GroupAuthorities.groupsOf(authentication))) {
                    // the same principal (a user id, or an OIDC user), its other authorities, today's groups
                    List<GrantedAuthority> authorities = new ArrayList<>(GroupAuthorities.of(groups));
                    authentication.getAuthorities().stream().filter(authority -> authority.getAuthority() == null
                            || !authority.getAuthority().startsWith(GroupAuthorities.PREFIX)).forEach(authorities::add);
                    UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
                            .authenticated(authentication.getPrincipal(), null, authorities);
                    refreshed.setDetails(authentication.getDetails());
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                    repository.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
