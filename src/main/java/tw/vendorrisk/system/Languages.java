package tw.vendorrisk.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the answers to scripts ({@code /api}, engine REST): Traditional Chinese for a caller
 * whose {@code Accept-Language} prefers Chinese ({@code zh}, {@code zh-TW}, any {@code zh-…}), English for
 * everyone else and when the header is missing. The texts are in {@code messages.properties} (English)
 * and {@code messages_zh_TW.properties}.
 */
@Configuration
class Languages {

    static final Locale CHINESE = Locale.TRADITIONAL_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    /** The application's texts for code that Spring does not create, such as engine REST's exception mappers. */
    static final MessageSource MESSAGES = messages();

    // The request's language is workspace/WorkspaceConfiguration's resolver: for /api and engine REST it
    // follows Accept-Language by the rule of of(String) below, English when no Chinese is asked for.

    /** Chinese or English for an {@code Accept-Language} header: the first of the two by the caller's preference. */
    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0 && language.equals("zh")) {
                return CHINESE;
            }
            if (range.getWeight() > 0 && language.equals("en")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
