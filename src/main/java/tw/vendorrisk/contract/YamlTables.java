package tw.vendorrisk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the YAML data files of the clause check (clause library, normalisation tables) with
 * error messages that name the place in the file, for the compliance officers who edit them.
 */
final class YamlTables {

    private YamlTables() {
    }

    static Map<String, Object> loadClasspath(String resource) {
        try (InputStream in = YamlTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file on the classpath: " + resource);
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> load(InputStream in, String where) {
        try {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), where);
        } catch (YAMLException e) {
            throw new IllegalStateException(where + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(where, "a mapping (key: value)", value);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, entry) -> result.put(String.valueOf(key), entry));
        return result;
    }

    static List<Object> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(where, "a list", value);
        }
        return new ArrayList<>(list);
    }

    static List<String> strings(Object value, String where) {
        List<String> result = new ArrayList<>();
        for (Object item : list(value, where)) {
            result.add(text(item, where));
        }
        return result;
    }

    /** A map of strings to strings, e.g. a synonym table. */
    static Map<String, String> stringMap(Object value, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        map(value, where).forEach((key, entry) -> result.put(key, text(entry, where + "." + key)));
        return result;
    }

    static String text(Object value, String where) {
        if (value == null || value instanceof Map || value instanceof List) {
            throw invalid(where, "a text", value);
        }
        return String.valueOf(value);
    }

    static String requiredText(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException(where + ": '" + key + "' is required");
        }
        return text(value, where + "." + key);
    }

    private static IllegalStateException invalid(String where, String expected, Object value) {
        return new IllegalStateException(where + ": expected " + expected + ", found " + value);
    }
}
