package tw.vendorrisk.system;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters of the trust boundaries between browsers, scripts and the engine
 * (docs/security.md, "Trust boundaries"): they run before the size limits of
 * {@link WebSecurityConfiguration} and before anyone is authenticated ({@link SignInConfiguration}).
 */
@Configuration
class TrustBoundaryConfiguration {

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
}
