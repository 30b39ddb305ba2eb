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
        return authenticationFilter("engine-rest-authentication", "/engine-rest/*", 1);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
        return authenticationFilter("api-authentication", "/api/*", 2);
    }

    // until the form login: the contract, contract-check and organization pages
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> pageAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                authenticationFilter("page-authentication", "/contracts/*", 3);
        registration.addUrlPatterns("/contract-check", "/organization");
        return registration;
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authenticationFilter(String name,
            String urlPattern, int order) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.setOrder(order);
        return registration;
    }
}
