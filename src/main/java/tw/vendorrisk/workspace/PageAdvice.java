package tw.vendorrisk.workspace;

import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import tw.vendorrisk.common.ForbiddenException;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.register.RegisterException;

/**
 * What every page of a {@link PageController} shares: the layout's model, trimmed form fields (an empty
 * field is not given), and refusals as pages in the user's language: 403 for a page or action the user
 * may not use, 404 for a vendor, service or contract that does not exist. It comes before the JSON
 * refusals of {@code /api}, which apply to every other controller.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    static final String PROBLEM_VIEW = "workspace/problem";

    private final Layout layout;

    PageAdvice(Layout layout) {
        this.layout = layout;
    }

    @ModelAttribute(Layout.ATTRIBUTE)
    Layout.Model layout(HttpServletRequest request, Locale locale) {
        return layout.of(request, locale);
    }

    @InitBinder
    void trimFields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    ModelAndView forbidden(HttpServletRequest request, Locale locale) {
        return problem(request, locale, HttpStatus.FORBIDDEN, "problem.forbidden", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unknownAddress(HttpServletRequest request, Locale locale) {
        return problem(request, locale, HttpStatus.NOT_FOUND, "problem.notFound", null);
    }

    @ExceptionHandler(RegisterException.class)
    ModelAndView refused(RegisterException e, HttpServletRequest request, Locale locale) {
        return e.getKind() == RegisterException.Kind.NOT_FOUND
                ? problem(request, locale, HttpStatus.NOT_FOUND, "problem.notFound", null)
                : problem(request, locale, HttpStatus.BAD_REQUEST, "problem.refused", e.getMessage());
    }

    private ModelAndView problem(HttpServletRequest request, Locale locale, HttpStatus status, String title,
            String detail) {
        ModelAndView page = new ModelAndView(PROBLEM_VIEW, status);
        page.addObject(Layout.ATTRIBUTE, layout.of(request, locale));
        page.addObject("problemTitle", title);
        page.addObject("problemDetail", detail);
        return page;
    }
}
