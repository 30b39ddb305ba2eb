package tw.vendorrisk.system;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that harden every response and every request body, ahead of the authentication
 * of {@link SignInConfiguration} (so that 401 answers carry the headers too and an
 * anonymous client cannot make the server read a huge body). docs/security.md lists the settings.
 */
@Configuration
class WebSecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(SecurityProperties security) {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
                new SecurityHeadersFilter(security));
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(-20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> apiRequestSizeLimit(SecurityProperties security) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(security.maxApiRequest().toBytes()));
        registration.setName("api-request-size-limit");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> engineRequestSizeLimit(SecurityProperties security,
            CamundaBpmProperties camunda) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(security.maxEngineRequest().toBytes()));
        registration.setName("engine-request-size-limit");
        registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*");
        registration.setOrder(-10);
        return registration;
    }
}
