package tw.vendorrisk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark's results file, {@code target/bench/results.json}: one flat JSON object that each
 * part of the benchmark ({@code ./mvnw -B -Pbench verify}) adds its keys to. A part replaces its
 * own keys and keeps everyone else's, so the parts may run in any order, or alone.
 */
public final class BenchResults {

    public static final Path FILE = Path.of("target", "bench", "results.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchResults() {
    }

    /** Adds or replaces these keys in the results file. Values: numbers, strings, booleans. */
    public static synchronized void merge(Map<String, ?> results) {
        try {
            Files.createDirectories(FILE.getParent());
            ObjectNode all = Files.exists(FILE) ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
            results.forEach((key, value) -> all.set(key, JSON.valueToTree(value)));
            Path temporary = FILE.resolveSibling(FILE.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), all);
            Files.move(temporary, FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE, e);
        }
    }

    /** The results file as it stands, e.g. for a part that reads another part's figure. */
    public static Map<String, Object> read() {
        try {
            if (!Files.exists(FILE)) {
                return Map.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> all = JSON.readValue(FILE.toFile(), Map.class);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
