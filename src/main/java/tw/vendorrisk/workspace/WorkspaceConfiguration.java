package tw.vendorrisk.workspace;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tw.vendorrisk.common.PageController;

/**
 * The workspace's language and the headers of its pages. The language comes from the browser at first
 * ({@link Languages#preferred}); {@code ?lang=en} or {@code ?lang=zh-TW} on any page switches it, and a
 * cookie keeps the choice. Pages of {@link PageController}s get a Content-Security-Policy that lets them
 * load the application's own style sheets and post their forms to it, and nothing else (no script at
 * all), and are never stored by browsers or proxies: they show register data.
 */
@Configuration
class WorkspaceConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "vendor-risk-lang";
    static final String LANGUAGE_PARAMETER = "lang";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final boolean https;

    WorkspaceConfiguration(@Value("${app.security.https:true}") boolean https) {
        this.https = https;
    }

    /**
     * The bean name DispatcherServlet looks for. Only pages take the workspace's language: {@code /api} and
     * every other handler keep the browser's {@code Accept-Language} or the server's language, as before
     * (their Bean Validation messages are documented in English).
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return isPage(request) ? super.resolveLocaleContext(request) : request::getLocale;
            }
        };
        resolver.setDefaultLocaleFunction(Languages::preferred);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(https);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return Languages.supported(localeValue);
            }
        };
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new PagesOnly(languageSwitch));
        registry.addInterceptor(new PagesOnly(new PageHeaders()));
    }

    /** Whether a handler is a page's: a method of a {@link PageController}. */
    static boolean isPage(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class);
    }

    private static boolean isPage(HttpServletRequest request) {
        return isPage(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
    }

    /** Runs an interceptor for the handlers of {@link PageController}s only. */
    private record PagesOnly(HandlerInterceptor interceptor) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            return !isPage(handler) || interceptor.preHandle(request, response, handler);
        }
    }

    private static final class PageHeaders implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Cache-Control", "no-store");
            return true;
        }
    }
}
