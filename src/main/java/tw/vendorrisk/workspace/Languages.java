package tw.vendorrisk.workspace;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The workspace speaks Traditional Chinese and English. A user's first language comes from the browser
 * ({@code Accept-Language}): the first Chinese or English range it prefers decides, and Traditional
 * Chinese when it prefers neither (the staff of a Taiwanese firm).
 */
final class Languages {

    static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-TW");
    static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** The supported language a tag names ({@code zh}, {@code zh-TW}, {@code en-GB} …), or null. */
    static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> TRADITIONAL_CHINESE;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** The first supported language the browser prefers, else Traditional Chinese. */
    static Locale preferred(HttpServletRequest request) {
        return preferred(request, TRADITIONAL_CHINESE);
    }

    /** The browser's first supported language, or {@code fallback} when it names none. */
    static Locale preferred(HttpServletRequest request, Locale fallback) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    Locale locale = supported(range.getRange());
                    if (locale != null && range.getWeight() > 0) {
                        return locale;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header counts as none
            }
        }
        return fallback;
    }

    /** The {@code lang} attribute of a page. */
    static String tag(Locale locale) {
        return TRADITIONAL_CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-TW" : "en";
    }
}
