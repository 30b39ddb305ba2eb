package tw.vendorrisk.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One sign-in for everything (docs/security.md, "Authentication"):
 * <ul>
 * <li>people sign in once at {@code /login} (form login, CSRF token, a new session id); the session then
 * opens our pages, {@code /api} and {@code /engine-rest} from the browser (with Spring's CSRF token on every
 * change) and the Camunda webapps, whose {@link ContainerBasedAuthenticationFilter} takes the user from the
 * session. {@code POST /logout} and the webapps' own sign-out end it everywhere; Camunda's own login
 * endpoint is closed;</li>
 * <li>scripts send HTTP Basic on {@code /api} and {@code /engine-rest}: no session, no CSRF token;</li>
 * <li>both check passwords with the one {@link AuthenticationProvider} of
 * {@code app.security.login-provider} ({@link IdentityServiceAuthenticationProvider} by default), and
 * {@link EngineAuthenticationFilter} puts the user and groups on the engine for the request.</li>
 * </ul>
 * Without a signed-in user a browser navigation is sent to {@code /login}; the webapps' API answers
 * {@code 401}; any other browser request gets {@code 401} without a Basic challenge (so a browser never
 * asks for and caches a password); a script gets {@code 401} with {@code WWW-Authenticate: Basic}. The
 * filters of {@link TrustBoundaryConfiguration} and {@link WebSecurityConfiguration} run before all this
 * ({@code spring.security.filter.order}).
 */
@Configuration
class SignInConfiguration {

    static final String LOGIN_PAGE = "/login";

    private static final Logger LOG = LoggerFactory.getLogger(SignInConfiguration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What may follow '#' in the address the sign-in returns to: a Tasklist route such as {@code #/?task=…}. */
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]{1,1000}");

    private final String webapps;

    SignInConfiguration(CamundaBpmProperties camunda) {
        this.webapps = camunda.getWebapp().getApplicationPath();
    }

    /** Spring Security's paths as path patterns, for every servlet (Spring MVC, engine REST, the webapps). */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** The providers of {@code app.security.login-provider}: there must be one, or nobody could sign in. */
    @Bean
    AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalStateException("No AuthenticationProvider for app.security.login-provider: set it to "
                    + "identity-service, or add the provider it names (docs/security.md).");
        }
        return new ProviderManager(providers);
    }

    /** Scripts: HTTP Basic on /api, /engine-rest and the pages, each request on its own (no session, no CSRF token). */
    @Bean
    @Order(1)
    SecurityFilterChain scripts(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        RequestMatcher basic = request -> {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
        AuthenticationEntryPoint entryPoint = scriptEntryPoint();
        return http.securityMatcher(new AndRequestMatcher(scriptApis(), basic))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.requestMatchers(engineList()).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // SecurityHeadersFilter sets the headers of every response
                .headers(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied()))
                .build();
    }

    /** Browsers: the sign-in page, its session, CSRF tokens, and everything else the application serves. */
    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, AuthenticationManager authenticationManager,
            IdentityService identityService) throws Exception {
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // the sign-in returns to the saved address itself (signedIn), without Spring's "?continue" marker
        requestCache.setMatchingRequestParameterName(null);
        // only a page the browser navigated to is worth returning to after signing in
        requestCache.setRequestMatcher(new AndRequestMatcher(this::navigation,
                request -> !webappApi().matches(request)));
        return http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(LOGIN_PAGE), path(LOGIN_PAGE + "/**"), path("/webjars/bootstrap/**"),
                                // the workspace's style sheet: the same for everyone, no data
                                path("/css/**"), path("/error"))
                        .permitAll()
                        .requestMatchers(engineList()).permitAll()
                        // the webapps' own login would be a second way in, around this one
                        .requestMatchers(path(webapps + "/api/admin/auth/user/{engine}/login/**")).denyAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(signedIn(requestCache))
                        .failureHandler(signInRefused()))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.POST, "/logout"), webappLogout()))
                        .addLogoutHandler(signedOut())
                        .logoutSuccessHandler(afterLogout()))
                .csrf(csrf -> csrf
                        // Camunda's CsrfPreventionFilter guards the webapps' API with its own token (X-XSRF-TOKEN);
                        // a script's request without a session has nothing to forge: it gets its 401
                        .ignoringRequestMatchers(webappApi(), new AndRequestMatcher(scriptApis(),
                                request -> !request.isRequestedSessionIdValid())))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .addFilterBefore(new SignedInUserCheck(identityService, contexts), AnonymousAuthenticationFilter.class)
                .headers(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(browserEntryPoint())
                        .accessDeniedHandler(accessDenied()))
                .build();
    }

    /**
     * The webapps take the signed-in user from the session (Camunda's container-based authentication): no
     * second login. It creates their session authentication with the user's groups and authorized apps;
     * Camunda's own authentication filter after it keeps refreshing them.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-authentication");
        registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthentication(IdentityService identityService) {
        FilterRegistrationBean<EngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new EngineAuthenticationFilter(identityService, webapps + "/"));
        registration.setName("engine-authentication");
        registration.addUrlPatterns("/*");
        registration.setOrder(1);
        return registration;
    }

    // --- who is sent where without a signed-in user ---

    private AuthenticationEntryPoint browserEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        login.setFavorRelativeUris(true);
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(webappApi(), unauthorized);
        entryPoints.put(this::navigation, login);
        entryPoints.put(SignInConfiguration::browser, unauthorized);
        entryPoints.put(scriptApis(), scriptEntryPoint());
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(unauthorized);
        return entryPoint;
    }

    /** A script gets the Basic challenge; a browser never does, so it never asks for and caches a password. */
    private static AuthenticationEntryPoint scriptEntryPoint() {
        return (request, response, exception) -> {
            if (!browser(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"default\"");
            }
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
    }

    /** A page the browser navigates to (a link, the address bar), as opposed to a script's request. */
    private boolean navigation(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        return (method.equals("GET") || method.equals("HEAD")) && acceptsHtml(request);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** Browsers say so: {@code Sec-Fetch-Mode} on every request, {@code text/html} on navigations. */
    private static boolean browser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null || acceptsHtml(request);
    }

    // --- refusals ---

    /**
     * {@code /api} and {@code /engine-rest} answer a refusal (a missing or stale CSRF token, a closed path) as
     * JSON; an expired sign-in page goes back to the sign-in page; the webapps' API gets the status only.
     */
    private AccessDeniedHandler accessDenied() {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (webappApi().matches(request)) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
            } else if (scriptApis().matches(request)) {
                writeJson(response, HttpStatus.FORBIDDEN, exception instanceof CsrfException
                        ? "The request has no valid CSRF token (缺少或無效的 CSRF 權杖): a page sends its token in the "
                                + "X-CSRF-TOKEN header; a script signs in with HTTP Basic instead of a session."
                        : "This address is closed (不開放).");
            } else if (exception instanceof CsrfException
                    && path(HttpMethod.POST, LOGIN_PAGE).matches(request)) {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=expired");
            } else {
                page.handle(request, response, exception);
            }
        };
    }

    private static void writeJson(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("status", status.value(), "message", message, "errors", List.of()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    // --- signing in and out ---

    /**
     * Back to the page that sent the browser to the sign-in page (or {@code /}), with the part after '#' the
     * sign-in page kept ({@code login/keep-fragment.js}): a Tasklist link to one task opens that task.
     */
    private static AuthenticationSuccessHandler signedIn(RequestCache requestCache) {
        return (request, response, authentication) -> {
            LOG.info("User {} signed in", authentication.getName());
            SavedRequest saved = requestCache.getRequest(request, response);
            requestCache.removeRequest(request, response);
            String target = request.getContextPath() + "/";
            if (saved != null) {
                UriComponents uri = UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).build();
                target = uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
            }
            response.sendRedirect(target + fragment(request));
        };
    }

    private static AuthenticationFailureHandler signInRefused() {
        return (request, response, exception) -> {
            String reason = exception instanceof AccountLockedException locked
                    ? locked.permanent() ? "locked" : "wait" : "";
            LOG.info("Sign-in of user {} refused: {}", request.getParameter("username"),
                    reason.isEmpty() ? "bad credentials" : reason.equals("wait") ? "waiting after a wrong password"
                            : "locked after too many wrong passwords");
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error"
                    + (reason.isEmpty() ? "" : "=" + reason) + fragment(request));
        };
    }

    private static String fragment(HttpServletRequest request) {
        String fragment = request.getParameter("fragment");
        return fragment != null && FRAGMENT.matcher(fragment).matches() ? fragment : "";
    }

    private static LogoutHandler signedOut() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                LOG.info("User {} signed out", authentication.getName());
            }
        };
    }

    /** The sign-in page after {@code POST /logout}; the webapps' own sign-out gets the 200 Camunda would send. */
    private LogoutSuccessHandler afterLogout() {
        return (request, response, authentication) -> {
            if (webappApi().matches(request)) {
                response.setStatus(HttpStatus.OK.value());
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?logout");
            }
        };
    }

    /**
     * The webapps' sign-out button ({@code POST /camunda/api/admin/auth/user/{engine}/logout}) ends the whole
     * session, not only the webapps' part of it, which would be renewed from the session at the next request.
     * It carries Camunda's CSRF token, checked here as Camunda would; without it the request goes on to
     * Camunda's filter, which refuses it.
     */
    private RequestMatcher webappLogout() {
        RequestMatcher path = path(HttpMethod.POST, webapps + "/api/admin/auth/user/{engine}/logout");
        return request -> {
            if (!path.matches(request)) {
                return false;
            }
            HttpSession session = request.getSession(false);
            Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            return token != null && token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
        };
    }

    // --- paths ---

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * Where a script may send HTTP Basic: the APIs, and the workspace's pages (for monitoring and the
     * benchmark, which time them); not the cycle-time report, which is for people. A browser is never challenged, so it never sends Basic on its own.
     */
    private static RequestMatcher scriptApis() {
        return new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/"), path("/vendors/**"),
                path("/services/**"), path("/contracts/**"), path("/contract-check/**"), path("/organization/**"));
    }

    /** {@code GET /engine-rest/engine} lists the engine names and stays open, as Camunda has it. */
    private static RequestMatcher engineList() {
        Set<String> open = Set.of("/engine-rest/engine", "/engine-rest/engine/");
        return request -> open.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private RequestMatcher webappApi() {
        return path(webapps + "/api/**");
    }
}
