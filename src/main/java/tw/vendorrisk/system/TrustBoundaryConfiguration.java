package tw.vendorrisk.system;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters of the trust boundaries between browsers, scripts and the engine
 * (docs/security.md, "Trust boundaries"): they run before the size limits and the authentication of
 * {@link WebSecurityConfiguration} and {@link RestSecurityConfiguration}.
 */
@Configuration
class TrustBoundaryConfiguration {

    /** The Welcome app's own login view, the one login page of the application. */
    static final String LOGIN_PAGE = "/app/welcome/default/#!/login";

    @Bean
    FilterRegistrationBean<DeploymentPolicy.ServingRequest> servingRequest() {
        FilterRegistrationBean<DeploymentPolicy.ServingRequest> registration = new FilterRegistrationBean<>(
                new DeploymentPolicy.ServingRequest());
        registration.setName("serving-request");
        registration.addUrlPatterns("/*");
        registration.setOrder(-30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests(
            @Value("${camunda.bpm.webapp.csrf.target-origin:}") String targetOrigin,
            @Value("${APP_PUBLIC_URL:}") String publicUrl) {
        FilterRegistrationBean<CrossSiteRequestFilter> registration = new FilterRegistrationBean<>(
                new CrossSiteRequestFilter(List.of(targetOrigin, publicUrl)));
        registration.setName("cross-site-requests");
        registration.addUrlPatterns("/*");
        registration.setOrder(-15);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BrowserAuthenticationFilter> browserAuthentication(CamundaBpmProperties camunda) {
        FilterRegistrationBean<BrowserAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new BrowserAuthenticationFilter(camunda.getWebapp().getApplicationPath() + LOGIN_PAGE,
                        Set.of("/engine-rest/engine", "/engine-rest/engine/")));
        registration.setName("browser-authentication");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(0);
        return registration;
    }
}
