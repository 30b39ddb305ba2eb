package tw.vendorrisk.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guideline's obligations with their IDs ({@code guideline/obligations.md}, one table row each),
 * in the guideline's order.
 */
public final class Obligations {

    public static final String RESOURCE = "guideline/obligations.md";

    /**
     * Articles the digest states as prose rather than rows: who is category 1 (Art. 2, with 2.1-2.3)
     * and the terms (Art. 3). Models may cite them (the organization category table does).
     */
    static final java.util.Set<String> PROSE_ARTICLES = java.util.Set.of("2", "2.1", "2.2", "2.3", "3");

    private static final Pattern ROW = Pattern.compile("^\\| *(\\d+(?:\\.[0-9a-z]+)*) *\\| *([^|]*?) *\\| *(.*?) *\\|$");

    public record Obligation(String id, String applies, String text) {
    }

    private final Map<String, Obligation> byId;

    private Obligations(Map<String, Obligation> byId) {
        this.byId = byId;
    }

    public static Obligations load() {
        try (InputStream in = Obligations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Obligations parse(String markdown) {
        Map<String, Obligation> byId = new LinkedHashMap<>();
        for (String line : markdown.split("\\R")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                byId.put(row.group(1), new Obligation(row.group(1), row.group(2), row.group(3)));
            }
        }
        return new Obligations(byId);
    }

    public Map<String, Obligation> all() {
        return byId;
    }

    /** An obligation's ID, or an article or paragraph that contains obligations ({@code 7.1} holds {@code 7.1.1.1}). */
    public boolean isKnown(String id) {
        return byId.containsKey(id) || PROSE_ARTICLES.contains(id) || byId.keySet().stream().anyMatch(known -> known.startsWith(id + "."));
    }

    /** The obligations an ID covers: itself, or every obligation under an article or paragraph. */
    public java.util.List<String> covered(String id) {
        if (byId.containsKey(id)) {
            return java.util.List.of(id);
        }
        return byId.keySet().stream().filter(known -> known.startsWith(id + ".")).toList();
    }
}
