package tw.vendorrisk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.CurrentUser;

/** Enforces {@link AllowedGroups} on {@code /api} handlers, before their arguments are read. */
@Configuration
class AllowedGroupsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentUser currentUser;

    AllowedGroupsInterceptor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AllowedGroups allowed = method.getMethodAnnotation(AllowedGroups.class);
            if (allowed != null) {
                currentUser.requireAnyGroup(allowed.value());
            }
        }
        return true;
    }
}
