package tw.vendorrisk.contract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clauses that guideline Art. 7.1 requires and how to recognise them, read from
 * {@code contract/clause-library.yaml} (see the comments there for the format) with the
 * normalisation tables of {@code contract/normalisation.yaml}.
 */
public final class ClauseLibrary {

    public static final String RESOURCE = "contract/clause-library.yaml";

    private static final int DEFAULT_GAP = 12;

    private final List<ClauseDefinition> clauses;
    private final ContractNormaliser normaliser;

    private ClauseLibrary(List<ClauseDefinition> clauses, ContractNormaliser normaliser) {
        this.clauses = List.copyOf(clauses);
        this.normaliser = normaliser;
    }

    /** The library and normalisation tables shipped with the application. */
    public static ClauseLibrary fromClasspath() {
        return from(YamlTables.loadClasspath(RESOURCE), ContractNormaliser.fromClasspath());
    }

    /** A library from another file, with the shipped normalisation tables. */
    public static ClauseLibrary load(InputStream yaml) {
        return from(YamlTables.load(yaml, "clause library"), ContractNormaliser.fromClasspath());
    }

    static ClauseLibrary from(Map<String, Object> yaml, ContractNormaliser normaliser) {
        Map<String, Object> settings = YamlTables.map(yaml.get("settings"), "settings");
        int gap = settings.containsKey("gap") ? Integer.parseInt(YamlTables.text(settings.get("gap"), "settings.gap"))
                : DEFAULT_GAP;
        List<ClauseDefinition> clauses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : YamlTables.list(yaml.get("obligations"), "obligations")) {
            ClauseDefinition clause = clause(YamlTables.map(entry, "obligations[" + clauses.size() + "]"),
                    normaliser, gap);
            if (!ids.add(clause.id())) {
                throw new IllegalStateException("Obligation " + clause.id() + " appears twice in the clause library");
            }
            clauses.add(clause);
        }
        if (clauses.isEmpty()) {
            throw new IllegalStateException("The clause library lists no obligations");
        }
        return new ClauseLibrary(clauses, normaliser);
    }

    /** The obligation IDs, in guideline order. */
    public List<String> obligations() {
        return clauses.stream().map(ClauseDefinition::id).toList();
    }

    /** The guideline's wording of an obligation. */
    public String guideline(String obligation) {
        return clauses.stream().filter(clause -> clause.id().equals(obligation)).findFirst()
                .map(ClauseDefinition::guideline)
                .orElseThrow(() -> new IllegalArgumentException("No obligation " + obligation + " in the clause library"));
    }

    List<ClauseDefinition> clauses() {
        return clauses;
    }

    ContractNormaliser normaliser() {
        return normaliser;
    }

    private static ClauseDefinition clause(Map<String, Object> yaml, ContractNormaliser normaliser, int gap) {
        String id = YamlTables.requiredText(yaml, "id", "obligation");
        String where = "obligation " + id;
        Map<String, Object> title = YamlTables.map(yaml.get("title"), where + ".title");
        List<RequiredElement> elements = new ArrayList<>();
        List<Object> entries = YamlTables.list(yaml.get("elements"), where + ".elements");
        for (int i = 0; i < entries.size(); i++) {
            elements.add(element(YamlTables.map(entries.get(i), where + ".elements[" + i + "]"),
                    where + ".elements[" + i + "]", normaliser, gap));
        }
        Optional<RequiredElement> instead = yaml.containsKey("instead")
                ? Optional.of(element(YamlTables.map(yaml.get("instead"), where + ".instead"), where + ".instead",
                        normaliser, gap))
                : Optional.empty();
        return new ClauseDefinition(id,
                YamlTables.requiredText(yaml, "group", where),
                YamlTables.requiredText(title, "zh", where + ".title"),
                YamlTables.requiredText(title, "en", where + ".title"),
                YamlTables.requiredText(yaml, "guideline", where),
                normaliser.normaliseAll(YamlTables.strings(yaml.get("article-titles"), where + ".article-titles")),
                elements, instead);
    }

    private static List<Term> terms(Object yaml, String where, ContractNormaliser normaliser, int gap) {
        return YamlTables.strings(yaml, where).stream().map(term -> Term.parse(term, normaliser, gap)).toList();
    }

    private static RequiredElement element(Map<String, Object> yaml, String where, ContractNormaliser normaliser,
            int gap) {
        Map<String, Object> name = YamlTables.map(yaml.get("name"), where + ".name");
        List<Phrase> phrases = new ArrayList<>();
        for (Object phrase : YamlTables.list(yaml.get("phrases"), where + ".phrases")) {
            List<String> terms = phrase instanceof List ? YamlTables.strings(phrase, where + ".phrases")
                    : List.of(YamlTables.text(phrase, where + ".phrases"));
            phrases.add(new Phrase(terms.stream().map(term -> Term.parse(term, normaliser, gap)).toList()));
        }
        if (phrases.isEmpty()) {
            throw new IllegalStateException(where + ": an element needs at least one phrase");
        }
        Object window = yaml.get("window");
        Object negatable = yaml.get("negatable");
        return new RequiredElement(
                YamlTables.requiredText(name, "zh", where + ".name"),
                YamlTables.requiredText(name, "en", where + ".name"),
                phrases,
                terms(yaml.get("not"), where + ".not", normaliser, gap),
                terms(yaml.get("unless"), where + ".unless", normaliser, gap),
                negatable == null || Boolean.parseBoolean(YamlTables.text(negatable, where + ".negatable")),
                window == null ? 1 : Integer.parseInt(YamlTables.text(window, where + ".window")));
    }
}
