package tw.vendorrisk.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;

/**
 * Who may open the report page ({@code /reports/*}): a user logged in to the Camunda webapps, by
 * the same session login and the same filter as Cockpit ({@link AuthenticationFilter}, which puts
 * the session's user and groups on the engine for the request and refreshes them after the
 * webapps' cache time), who belongs to {@code process-owners}, {@code managers} or
 * {@code camunda-admin}. Without a login the browser is sent to the Camunda login; anyone else
 * gets 403. The pages only read, so cross-site requests can change nothing; they carry a strict
 * Content-Security-Policy (no script at all) and may not be framed by other sites.
 */
@Configuration
class ReportPageAccess implements WebMvcConfigurer, HandlerInterceptor {

    static final String[] READERS = Groups.REPORT_READERS.toArray(String[]::new);

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

    private final CurrentUser currentUser;
    private final ReportPage page;
    private final String loginPage;

    ReportPageAccess(CurrentUser currentUser, ReportPage page, CamundaBpmProperties camunda) {
        this.currentUser = currentUser;
        this.page = page;
        this.loginPage = camunda.getWebapp().getApplicationPath() + "/app/welcome/default/";
    }

    @Bean
    FilterRegistrationBean<AuthenticationFilter> reportPageAuthentication(CamundaBpmProperties camunda) {
        FilterRegistrationBean<AuthenticationFilter> registration = new FilterRegistrationBean<>(new AuthenticationFilter());
        registration.setName("report-page-authentication");
        registration.addUrlPatterns("/reports/*");
        WebappProperty webapp = camunda.getWebapp();
        if (webapp.getAuth().getCache().isTtlEnabled()) {
            registration.setInitParameters(Map.of(AuthenticationFilter.AUTH_CACHE_TTL_INIT_PARAM_NAME,
                    Long.toString(webapp.getAuth().getCache().getTimeToLive())));
        }
        registration.setOrder(3);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/reports/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        if (currentUser.id() == null) {
            response.sendRedirect(loginPage);
            return false;
        }
        if (Arrays.stream(READERS).noneMatch(currentUser.groups()::contains)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page.message("無權限 Forbidden",
                    "使用者 " + currentUser.id() + " 無法查看此報表；需為流程負責人或主管群組成員。 User '" + currentUser.id()
                            + "' may not see this report; it is for the groups process-owners and managers.")
                    .getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }
}
