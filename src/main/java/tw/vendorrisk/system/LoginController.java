package tw.vendorrisk.system;

import java.security.Principal;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in page ({@code templates/login.html}); Spring Security takes the form's {@code POST /login}
 * ({@link SignInConfiguration}). Its error says why a sign-in was refused: a wrong user name or password,
 * a wait after a wrong password, a locked account, an expired page. A signed-in user sees who they are and
 * can sign out.
 */
@Controller
class LoginController {

    /** The page's own stylesheet and script (Bootstrap, keep-fragment.js); a form that posts only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Set<String> ERRORS = Set.of("wait", "locked", "expired");

    @GetMapping(SignInConfiguration.LOGIN_PAGE)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Principal principal, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // the page carries the session's CSRF token
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("error", error == null ? null : ERRORS.contains(error) ? error : "credentials");
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("user", principal == null ? null : principal.getName());
        return "login";
    }
}
