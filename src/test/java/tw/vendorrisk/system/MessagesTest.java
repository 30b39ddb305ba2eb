package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.vendorrisk.register.RegisterException;

/** The two message files say the same things, and each text renders as a message. */
class MessagesTest {

    /** Keys only the Chinese file has: translations of English texts kept in the code or in Hibernate Validator. */
    static final Pattern TRANSLATION_ONLY = Pattern.compile("(register|contract|forbidden)\\..*|jakarta\\.validation\\..*");

    @Test
    void everyTextHasItsTranslation() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_TW.properties");

        Set<String> untranslated = new TreeSet<>(english.stringPropertyNames());
        untranslated.removeAll(chinese.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(chinese.stringPropertyNames());
        unknown.removeAll(english.stringPropertyNames());
        unknown.removeIf(key -> TRANSLATION_ONLY.matcher(key).matches());

        assertThat(untranslated).as("English texts without a Chinese one").isEmpty();
        assertThat(unknown).as("Chinese texts without an English one").isEmpty();
    }

    /** A text with arguments is a MessageFormat pattern, one without is shown as it is. */
    @Test
    void everyTextRendersWithoutStrayQuotesOrBraces() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_TW.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (key.startsWith("jakarta.") || key.startsWith("constraint.")) {
                    continue; // Bean Validation's own placeholders
                }
                boolean hasArguments = Pattern.compile("\\{\\d}").matcher(text).find();
                String rendered = hasArguments ? new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c"})
                        : text;
                assertThat(rendered).as(file + " " + key).doesNotContain("''").doesNotContain("{").doesNotContain("}");
                if (hasArguments) {
                    assertThat(count(rendered, "'")).as(file + " " + key + ": a quote written '' in a pattern")
                            .isEqualTo(count(text, "''"));
                }
            }
        }
    }

    /** Every kind of record the register reports as missing has its translation. */
    @Test
    void everyMissingRecordHasItsTranslation() throws IOException {
        Properties chinese = load("messages_zh_TW.properties");
        Pattern notFound = Pattern.compile("RegisterException\\.notFound\\(\"([^\"]+)\"");
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : (Iterable<Path>) sources.filter(path -> path.toString().endsWith(".java"))::iterator) {
                Matcher matcher = notFound.matcher(Files.readString(source));
                while (matcher.find()) {
                    kinds.add(matcher.group(1));
                }
            }
        }

        assertThat(kinds).contains("Vendor", "Contract");
        for (String kind : kinds) {
            String code = RegisterException.notFound(kind, 1).messageCode();
            assertThat(chinese.getProperty(code)).as(code).isNotBlank();
        }
    }

    @ParameterizedTest(name = "Accept-Language: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"|en", "zh-TW|zh_TW", "zh|zh_TW", "zh-Hant|zh_TW", "zh-CN|zh_TW",
            "en-US,zh-TW;q=0.9|en", "fr,zh-TW;q=0.5,en;q=0.4|zh_TW", "fr,de|en", "*|en", "zh-TW;q=0,en;q=0.1|en",
            ";;;|en"})
    void theLanguageFollowsTheCallersPreference(String acceptLanguage, String locale) {
        assertThat(Languages.of(acceptLanguage).toString()).isEqualTo(locale);
    }

    private static int count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
