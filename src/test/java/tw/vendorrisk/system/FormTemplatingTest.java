package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values people type (a vendor's name, a service, notes) appear in our Camunda Forms as text. A Markdown
 * {@code text} component inserts {@code {{value}}} as Markdown and renders the HTML in it (sanitised, but
 * as markup: an image, a link); an {@code html} component escapes what it inserts. So forms insert values
 * in {@code html} components or show them in disabled fields, and Markdown components insert no value at
 * all: not even one the application writes itself (issue 16, item 6).
 */
class FormTemplatingTest {

    static final Pattern TEMPLATED = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    @Test
    void markdownComponents_insertNoValueThatPeopleType() throws IOException {
        List<String> offences = new ArrayList<>();
        int forms = 0;
        int htmlComponents = 0;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
                forms++;
                for (JsonNode component : components(new ObjectMapper().readTree(form.toFile()))) {
                    String type = component.path("type").asText();
                    if ("html".equals(type)) {
                        htmlComponents++;
                    }
                    if ("text".equals(type)) {
                        Matcher matcher = TEMPLATED.matcher(component.path("text").asText());
                        while (matcher.find()) {
                            offences.add(form.getFileName() + " " + component.path("id").asText() + ": {{"
                                    + matcher.group(1) + "}}");
                        }
                    }
                }
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(13);
        assertThat(htmlComponents).isGreaterThanOrEqualTo(11);
        assertThat(offences).as("values inserted into Markdown text components; put them in an html component or a disabled field")
                .isEmpty();
    }

    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }
}
