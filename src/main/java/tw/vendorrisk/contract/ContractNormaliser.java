package tw.vendorrisk.contract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings contract text and clause-library phrases to one form so that they can be compared;
 * evidence always quotes the original text. The tables live in
 * {@code contract/normalisation.yaml}; the steps, in order:
 * <ol>
 * <li>full-width letters, digits and punctuation to half-width (Unicode NFKC), Latin letters to upper case;</li>
 * <li>simplified characters to traditional, one by one ({@code 资} to {@code 資});</li>
 * <li>words, longest first: simplified words ({@code 信息} to {@code 資訊}), common typos, party names
 * ({@code 受託人} to {@code 乙方}), contract words ({@code 契約} to {@code 合約}), termination words,
 * the regulator's names; words in {@code keep} stay as they are; words in {@code boundaries} get a
 * {@code ·} where they split, so that no term matches across it ({@code 確保·密碼} holds no {@code 保密});</li>
 * <li>Chinese numerals before a measure word to Arabic ({@code 二個小時} to {@code 2個小時});</li>
 * <li>white space removed.</li>
 * </ol>
 */
final class ContractNormaliser {

    static final String RESOURCE = "contract/normalisation.yaml";

    /** Marks a word boundary inside normalised text (see {@code boundaries} in the tables). */
    static final String BOUNDARY = "·";

    private final char[] characters;
    private final Map<String, String> words;
    private final Map<Character, List<String>> wordsByFirstCharacter;
    private final List<String> measureWords;
    private final ChineseNumerals numerals;
    private final NegationRules negation;

    private ContractNormaliser(Map<Character, Character> characterTable, Map<String, String> wordTable,
            List<String> keep, List<String> measureWords, ChineseNumerals numerals, NegationRules negation) {
        this.characters = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            characters[c] = (char) c;
        }
        characterTable.forEach((simplified, traditional) -> characters[simplified] = traditional);
        this.numerals = numerals;
        Map<String, String> table = new HashMap<>();
        wordTable.forEach((from, to) -> table.put(basic(from), basic(to)));
        keep.forEach(word -> table.put(basic(word), basic(word)));
        table.keySet().removeIf(String::isEmpty);
        this.words = table;
        this.wordsByFirstCharacter = new HashMap<>();
        table.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(word -> wordsByFirstCharacter.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word));
        this.measureWords = measureWords.stream().map(this::basic).toList();
        this.negation = negation;
    }

    static ContractNormaliser fromClasspath() {
        return from(YamlTables.loadClasspath(RESOURCE));
    }

    static ContractNormaliser from(Map<String, Object> yaml) {
        Map<Character, Character> characterTable = new LinkedHashMap<>();
        YamlTables.stringMap(yaml.get("simplified-to-traditional"), "simplified-to-traditional")
                .forEach((simplified, traditional) -> {
                    if (simplified.length() != 1 || traditional.length() != 1) {
                        throw new IllegalStateException("simplified-to-traditional: one character each, not "
                                + simplified + " -> " + traditional + " (put words under 'words')");
                    }
                    characterTable.put(simplified.charAt(0), traditional.charAt(0));
                });
        Map<String, String> wordTable = new LinkedHashMap<>();
        YamlTables.map(yaml.get("words"), "words").forEach((group, table) ->
                wordTable.putAll(YamlTables.stringMap(table, "words." + group)));
        List<String> keep = YamlTables.strings(yaml.get("keep"), "keep");
        YamlTables.strings(yaml.get("boundaries"), "boundaries")
                .forEach(split -> wordTable.put(split.replace(BOUNDARY, ""), split));
        Map<String, Object> numeralTable = YamlTables.map(yaml.get("numerals"), "numerals");
        ChineseNumerals numerals = new ChineseNumerals(
                characterValues(numeralTable.get("digits"), "numerals.digits"),
                characterValues(numeralTable.get("units"), "numerals.units"));
        List<String> measureWords = YamlTables.strings(numeralTable.get("measure-words"), "numerals.measure-words");
        Map<String, Object> negationTable = YamlTables.map(yaml.get("negation"), "negation");
        ContractNormaliser tables = new ContractNormaliser(characterTable, wordTable, keep, measureWords, numerals,
                null);
        return new ContractNormaliser(tables, new NegationRules(
                tables.normaliseAll(YamlTables.strings(negationTable.get("before"), "negation.before")),
                tables.normaliseAll(YamlTables.strings(negationTable.get("adjacent"), "negation.adjacent")),
                tables.normaliseAll(YamlTables.strings(negationTable.get("after"), "negation.after"))));
    }

    private ContractNormaliser(ContractNormaliser tables, NegationRules negation) {
        this.characters = tables.characters;
        this.words = tables.words;
        this.wordsByFirstCharacter = tables.wordsByFirstCharacter;
        this.measureWords = tables.measureWords;
        this.numerals = tables.numerals;
        this.negation = negation;
    }

    /** The text in the form that the clause library's phrases are compared with. */
    String normalise(String text) {
        return replaceNumerals(replaceWords(basic(text)));
    }

    /** Step 3: at each position the longest word of the tables that starts there. */
    private String replaceWords(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            String word = longestWordAt(text, i);
            if (word == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(words.get(word));
                i += word.length();
            }
        }
        return out.toString();
    }

    private String longestWordAt(String text, int position) {
        List<String> candidates = wordsByFirstCharacter.get(text.charAt(position));
        if (candidates != null) {
            for (String candidate : candidates) {
                if (text.startsWith(candidate, position)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Step 4: a run of numerals right before a measure word becomes an Arabic number. */
    private String replaceNumerals(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!numerals.isNumeral(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && numerals.isNumeral(text.charAt(end))) {
                end++;
            }
            int value = measureWordAt(text, end) ? numerals.value(text.substring(i, end)) : -1;
            if (value >= 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(value);
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private boolean measureWordAt(String text, int position) {
        for (String measureWord : measureWords) {
            if (text.startsWith(measureWord, position)) {
                return true;
            }
        }
        return false;
    }

    /** Steps 1, 2 and 5: width, case, simplified characters, white space. */
    String basic(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            char mapped = characters[c];
            out.append(mapped >= 'a' && mapped <= 'z' ? (char) (mapped - 'a' + 'A') : mapped);
        }
        return out.toString();
    }

    List<String> normaliseAll(List<String> phrases) {
        List<String> result = new ArrayList<>();
        phrases.forEach(phrase -> result.add(normalise(phrase)));
        return result;
    }

    ChineseNumerals numerals() {
        return numerals;
    }

    NegationRules negation() {
        return negation;
    }

    private static Map<Character, Integer> characterValues(Object table, String where) {
        Map<Character, Integer> values = new LinkedHashMap<>();
        YamlTables.stringMap(table, where).forEach((key, value) -> {
            if (key.length() != 1) {
                throw new IllegalStateException(where + ": one character per entry, not " + key);
            }
            values.put(key.charAt(0), Integer.parseInt(value.strip()));
        });
        return values;
    }
}
