package tw.vendorrisk.system;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the Camunda identity service for the engine REST API and
 * for our own {@code /api}. The authenticated user and groups are set on the engine for the
 * request, so Camunda's authorizations apply to everything the request does. The webapps keep
 * their own session login.
 */
@Configuration
class RestSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return authenticationFilter("engine-rest-authentication", 1, "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
        return authenticationFilter("api-authentication", 2, "/api/*");
    }

    // until the form login: the workspace's pages (home, vendors, the services' and contracts' forms)
    // authenticate with HTTP Basic like /api, so that CurrentUser and the engine's authorizations apply to
    // them; the sign-in work replaces this with the session of the form login at /login.
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> workspaceAuthentication() {
        return authenticationFilter("workspace-authentication", 4, "/", "/vendors/*", "/services/*", "/contracts/*");
    }

    // until the form login: checking a contract and the organization profile (/contracts/* is above)
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> pageAuthentication() {
        return authenticationFilter("page-authentication", 5, "/contract-check", "/organization");
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authenticationFilter(String name,
            int order, String... urlPatterns) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.setOrder(order);
        return registration;
    }
}
