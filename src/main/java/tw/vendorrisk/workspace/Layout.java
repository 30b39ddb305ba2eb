package tw.vendorrisk.workspace;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.common.Tasklist;

/**
 * What the shared layout ({@code templates/layout.html}) shows around every page: the signed-in user,
 * the links they may use (Tasklist for task workers, the cycle-time report for its readers), and the
 * language switch back to the same page.
 */
@Component
class Layout {

    /** The model attribute the layout reads. */
    static final String ATTRIBUTE = "layout";

    record Model(String user, List<String> groups, String lang, boolean tasklist, String tasklistUrl,
            boolean reports, String zhTwUrl, String enUrl) {
    }

    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    Layout(CurrentUser currentUser, Tasklist tasklist) {
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    Model of(HttpServletRequest request, Locale locale) {
        List<String> groups = currentUser.groups();
        boolean worker = groups.contains(Groups.ADMIN) || Groups.TASK_WORKERS.stream().anyMatch(groups::contains);
        boolean reader = Groups.REPORT_READERS.stream().anyMatch(groups::contains);
        return new Model(currentUser.id(), groups, Languages.tag(locale), worker, tasklist.home(), reader,
                sameSpotIn(request, "zh-TW"), sameSpotIn(request, "en"));
    }

    /**
     * This page in another language: the same address with {@code lang} set. A page drawn in answer to
     * a form (a POST with errors) has no address of its own: the layout then links the page the form is
     * on, which the controller names in the model attribute {@code pagePath}, or else the home page.
     */
    private static String sameSpotIn(HttpServletRequest request, String tag) {
        UriComponentsBuilder page;
        if ("GET".equalsIgnoreCase(request.getMethod())) {
            page = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        } else {
            page = UriComponentsBuilder.fromPath(request.getContextPath() + "/");
        }
        return page.replaceQueryParam(WorkspaceConfiguration.LANGUAGE_PARAMETER, tag).build().toUriString();
    }
}
