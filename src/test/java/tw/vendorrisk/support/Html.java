package tw.vendorrisk.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Small readers of the workspace's HTML for tests: an element by its ID, text without tags. */
public final class Html {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Html() {
    }

    /** The text a person reads: tags removed, entities decoded, white space collapsed. */
    public static String text(String html) {
        return HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    /** The element with this ID, start tag to its end tag (elements of the same name nest); null if absent. */
    public static String element(String html, String id) {
        Matcher start = Pattern.compile("<([a-zA-Z0-9]+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!start.find()) {
            return null;
        }
        String name = start.group(1);
        if (start.group().endsWith("/>") || name.equalsIgnoreCase("input")) {
            return start.group();
        }
        Matcher tags = Pattern.compile("<(/?)" + name + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE).matcher(html);
        int depth = 0;
        tags.region(start.start(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start.start(), tags.end());
            }
        }
        return html.substring(start.start());
    }

    /** The text of the element with this ID; null if absent. */
    public static String textOf(String html, String id) {
        String element = element(html, id);
        return element == null ? null : text(element);
    }
}
